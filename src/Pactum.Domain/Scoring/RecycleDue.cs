using NodaTime;

namespace Pactum.Domain.Scoring;

/// <summary>A lead due to return to marketing (SPEC L6): since when, why in plain words, into which nurture track.</summary>
/// <param name="At">When the rule was met: the attempt that reached the count, or the close of the last business day.</param>
/// <param name="Reason">Why, e.g. <c>6 attempts without a connection</c> or <c>10 business days without a connection</c>.</param>
/// <param name="Track">The nurture track the rule names, or null when it names none.</param>
/// <param name="Cause">The rule that was met.</param>
public sealed record RecycleDue(Instant At, string Reason, string? Track, RecycleCause Cause);
