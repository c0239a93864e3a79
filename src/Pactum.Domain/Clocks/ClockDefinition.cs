using NodaTime;
using Pactum.Domain.Leads;
using static Pactum.Domain.Leads.LeadEventType;

namespace Pactum.Domain.Clocks;

/// <summary>
/// An SLA clock an agreement declares (SPEC C2): which events start, stop, pause, resume and cancel it, how long it
/// allows on the agreement's calendar, and when it warns. The common kinds come with their events set
/// (<see cref="Of"/>); the custom kind states them.
/// </summary>
/// <remarks>
/// A run starts at a start event when no run is open, and ends at the first stop or cancel event after it. For the
/// attempts kind the stop is the <see cref="Attempts"/>-th attempt that comes at least <see cref="MinimumGap"/> of
/// business time after the attempt counted before it (a connection stops it at once: the attempts have done their job).
/// </remarks>
public sealed record ClockDefinition
{
    /// <summary>The clock's id in the agreement, e.g. <c>first-touch</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name shown to people.</summary>
    public required string Name { get; init; }

    /// <summary>The party whose clock it is: its points of contact hear of warnings and breaches.</summary>
    public required string Party { get; init; }

    /// <summary>Which kind of clock.</summary>
    public required ClockKind Kind { get; init; }

    /// <summary>How long it allows.</summary>
    public required ClockGoal Goal { get; init; }

    /// <summary>The share of the goal after which the clock warns (0 &lt; share &lt; 1), 0.75 unless written.</summary>
    public decimal WarnShare { get; init; } = 0.75m;

    /// <summary>The events that start a run.</summary>
    public required IReadOnlySet<LeadEventType> Start { get; init; }

    /// <summary>The events that stop a run (met, or met late).</summary>
    public required IReadOnlySet<LeadEventType> Stop { get; init; }

    /// <summary>The events that pause a running run.</summary>
    public IReadOnlySet<LeadEventType> Pause { get; init; } = new HashSet<LeadEventType>();

    /// <summary>The events that resume a paused run.</summary>
    public IReadOnlySet<LeadEventType> Resume { get; init; } = new HashSet<LeadEventType>();

    /// <summary>The events that cancel a run (it no longer applies).</summary>
    public IReadOnlySet<LeadEventType> Cancel { get; init; } = new HashSet<LeadEventType>();

    /// <summary>For the attempts kind: how many attempts stop the clock.</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>For the attempts kind: the least business time between two attempts that both count.</summary>
    public Duration MinimumGap { get; init; } = Duration.Zero;

    /// <summary>The events a common kind starts, stops and cancels on (the custom kind has none of its own).</summary>
    public static (LeadEventType[] Start, LeadEventType[] Stop, LeadEventType[] Cancel) EventsOf(ClockKind kind) => kind switch
    {
        ClockKind.FirstTouch => ([HandedOff], [Attempt, Connected], [Rejected, Disqualified, Recycled, DealWon, DealLost]),
        ClockKind.AcceptOrReject => ([HandedOff], [Accepted, Rejected], [Disqualified, Recycled, DealWon, DealLost]),
        ClockKind.Attempts => ([HandedOff], [Attempt, Connected], [Rejected, Disqualified, Recycled, DealWon, DealLost]),
        _ => ([], [], []),
    };

    /// <summary>A clock of a common kind, its events set.</summary>
    public static ClockDefinition Of(string id, string name, string party, ClockKind kind, ClockGoal goal)
    {
        var (start, stop, cancel) = EventsOf(kind);
        return new ClockDefinition
        {
            Id = id, Name = name, Party = party, Kind = kind, Goal = goal,
            Start = start.ToHashSet(), Stop = stop.ToHashSet(), Cancel = cancel.ToHashSet(),
        };
    }
}
