using NodaTime;

namespace Pactum.Domain.Scoring;

/// <summary>
/// A lead's score right after one event that changed its fit, interest or disqualification (SPEC L4), for the lead's
/// score history: the score as of the event's instant, and <see cref="Change"/>, what the event itself changed.
/// </summary>
/// <param name="At">When the event happened; the score is measured then.</param>
/// <param name="EventId">The event.</param>
/// <param name="What">The event in words, e.g. "Page visit on /pricing", "Profile updated: seniority executive, 250 employees".</param>
/// <param name="Fit">The fit points after the event.</param>
/// <param name="Interest">The interest points after the event.</param>
/// <param name="Total">Fit plus interest after the event.</param>
/// <param name="Grade">The grade after the event.</param>
/// <param name="Change">The total after the event less the total just before it, at the same instant (decay between two steps is no step's change).</param>
/// <param name="Disqualifications">The reasons barring the lead from hand-off after the event.</param>
public sealed record ScoreStep(Instant At, string EventId, string What, decimal Fit, decimal Interest, decimal Total, string Grade, decimal Change, IReadOnlyList<string> Disqualifications);
