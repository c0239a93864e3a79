namespace Pactum.Storage.Leads;

/// <summary>What happened to one delivered event.</summary>
public enum AppendOutcome
{
    /// <summary>New: stored, and its lead projected.</summary>
    Taken,

    /// <summary>Seen before with the same content: nothing changed.</summary>
    Duplicate,

    /// <summary>Not stored: invalid, or its ID was seen before with different content.</summary>
    Rejected,
}

/// <summary>The answer for one delivered event: its ID, what happened and, when rejected, why.</summary>
public sealed record EventOutcome(string EventId, AppendOutcome Outcome, string? Reason = null);

/// <summary>Counts of an append or an import.</summary>
public sealed record AppendTotals(int Taken, int Duplicates, int Rejected)
{
    /// <summary>No events.</summary>
    public static AppendTotals None { get; } = new(0, 0, 0);

    /// <summary>These totals plus <paramref name="other"/>.</summary>
    public AppendTotals Plus(AppendTotals other) => new(Taken + other.Taken, Duplicates + other.Duplicates, Rejected + other.Rejected);

    /// <summary>The totals of <paramref name="outcomes"/>.</summary>
    public static AppendTotals Of(IEnumerable<EventOutcome> outcomes)
    {
        int taken = 0, duplicates = 0, rejected = 0;
        foreach (var outcome in outcomes)
        {
            switch (outcome.Outcome)
            {
                case AppendOutcome.Taken: taken++; break;
                case AppendOutcome.Duplicate: duplicates++; break;
                default: rejected++; break;
            }
        }

        return new AppendTotals(taken, duplicates, rejected);
    }
}
