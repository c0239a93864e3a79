using Pactum.Domain.Limits;
using Pactum.Domain.Time;

namespace Pactum.Domain.Leads;

/// <summary>
/// The bounds of one lead event, whatever way it came in (SPEC X6): identifiers and texts within
/// <see cref="InputLimits"/>, its instant within <see cref="SupportedTime"/>. An event outside them is rejected with
/// every field that broke a bound.
/// </summary>
public static class LeadEventLimits
{
    /// <summary>Every bound <paramref name="e"/> breaks, joined with "; "; null when it keeps them all (allocating nothing then: imports check millions).</summary>
    public static string? Problems(LeadEvent e)
    {
        List<string>? found = null;
        Add(ref found, InputLimits.Problem("event_id", e.EventId, InputLimits.MaxEventIdLength));
        Add(ref found, InputLimits.Problem("lead_id", e.LeadId, InputLimits.MaxIdLength));
        Add(ref found, InputLimits.Problem("owner", e.Owner, InputLimits.MaxIdLength));
        Add(ref found, InputLimits.Problem("source", e.Source, InputLimits.MaxNameLength));
        Add(ref found, InputLimits.Problem("persona", e.Persona, InputLimits.MaxNameLength));
        Add(ref found, InputLimits.Problem("channel", e.Channel, InputLimits.MaxNameLength));
        Add(ref found, InputLimits.Problem("outcome", e.Outcome, InputLimits.MaxNameLength));
        Add(ref found, InputLimits.Problem("asset", e.Asset, InputLimits.MaxNameLength));
        Add(ref found, InputLimits.Problem("track", e.Track, InputLimits.MaxNameLength));
        Add(ref found, InputLimits.Problem("activity", e.Activity, InputLimits.MaxNameLength));
        Add(ref found, InputLimits.Problem("role", e.Role, InputLimits.MaxNameLength));
        Add(ref found, InputLimits.Problem("seniority", e.Seniority, InputLimits.MaxNameLength));
        Add(ref found, InputLimits.Problem("region", e.Region, InputLimits.MaxNameLength));
        Add(ref found, InputLimits.Problem("reason", e.Reason, InputLimits.MaxTextLength));
        Add(ref found, SupportedTime.Contains(e.OccurredAt) ? null : $"occurred_at: {SupportedTime.Explain(e.OccurredAt.ToString())}");
        return found is null ? null : string.Join("; ", found);
    }

    private static void Add(ref List<string>? found, string? problem)
    {
        if (problem is not null)
        {
            (found ??= []).Add(problem);
        }
    }
}
