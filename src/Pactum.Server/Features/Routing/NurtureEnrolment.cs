using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Scoring;
using Pactum.Domain.Time;
using Pactum.Server.Features.Leads;

namespace Pactum.Server.Features.Routing;

/// <summary>Sales enrols a lead in a nurture track by hand (SPEC L6): a <c>nurtured</c> event in one of the agreement's tracks.</summary>
public sealed class NurtureEnrolment(EventIntake intake, RoutingPlans plans, IClock clock)
{
    /// <summary>The tracks of the agreement in effect (awareness, consideration, decision when it names none).</summary>
    public IReadOnlyList<string> Tracks() => plans.Current()?.Agreement.Recycle?.Tracks ?? new RecycleRules().Tracks;

    /// <summary>Enrols lead <paramref name="leadId"/> in <paramref name="track"/>; the problem in words, or null when it was recorded.</summary>
    public string? Enrol(string leadId, string? track, string? reason, string? by)
    {
        var tracks = Tracks();
        var chosen = tracks.FirstOrDefault(t => string.Equals(t, track?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            return $"track: '{track}' is not a nurture track of the agreement; expected one of {string.Join(", ", tracks)}";
        }

        var at = InstantText.Format(clock.GetCurrentInstant());
        var answer = intake.Take([new EventInput(
            $"nurture-{leadId}-{at}", leadId, LeadEventType.Nurtured.ToText(), at,
            Owner: string.IsNullOrWhiteSpace(by) ? null : by.Trim(), Reason: string.IsNullOrWhiteSpace(reason) ? "enrolled by hand" : reason.Trim(), Track: chosen)]);
        var outcome = answer.Results[0];
        return outcome.Outcome == Pactum.Storage.Leads.AppendOutcome.Taken ? null : outcome.Reason ?? "the lead was not enrolled";
    }
}
