using NodaTime;

namespace Pactum.Domain.Agreements;

/// <summary>
/// A planned review of the agreement (mid-term or at expiry). Files write <c>true</c> (the date follows from the
/// term: half-way through it, or its last day) or a date; <c>false</c> or nothing means no such review.
/// </summary>
/// <param name="On">The date of the review, or null when it follows from the term.</param>
public sealed record ScheduledReview(LocalDate? On)
{
    /// <summary>The review in words: its date, or "yes" when it follows from the term.</summary>
    public override string ToString() => On is { } on ? on.ToString("uuuu-MM-dd", null) : "yes";
}
