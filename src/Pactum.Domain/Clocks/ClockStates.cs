using Pactum.Domain.Leads;

namespace Pactum.Domain.Clocks;

/// <summary>The names clock states are written with in the API and files (snake case: <c>met_late</c>).</summary>
public static class ClockStates
{
    /// <summary>The written name of <paramref name="state"/>.</summary>
    public static string ToText(ClockState state) => LeadNames.SnakeCase(state.ToString());
}
