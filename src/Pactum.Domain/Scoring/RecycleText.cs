namespace Pactum.Domain.Scoring;

/// <summary>
/// Recycling rules in plain words, one line each, for the agreement page (SPEC L6): "After 6 attempts without a
/// connection the lead returns to marketing, into the consideration track".
/// </summary>
public static class RecycleText
{
    /// <summary>The reasons a lead returns to marketing, each when written, then the nurture tracks.</summary>
    public static IReadOnlyList<string> Lines(RecycleRules rules)
    {
        var lines = new List<string>();
        if (rules.AfterAttempts is { } attempts)
        {
            lines.Add($"After {RuleWords.Count(attempts, "attempt")} without a connection the lead returns to marketing, into the {rules.AttemptsTrack} track");
        }

        if (rules.AfterBusinessDays is { } days)
        {
            lines.Add($"After {RuleWords.Count(days, "business day")} from the hand-off without a connection the lead returns to marketing, into the {rules.DaysTrack} track");
        }

        lines.Add($"Nurture tracks: {string.Join(", ", rules.Tracks)}");
        return lines;
    }
}
