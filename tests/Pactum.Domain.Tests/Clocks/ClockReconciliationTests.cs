using NodaTime;
using Pactum.Domain.Clocks;

namespace Pactum.Domain.Tests.Clocks;

public sealed class ClockReconciliationTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 2, 14, 0);
    private static readonly Instant Now = Start + Duration.FromHours(2);

    private static ClockChange At(int minutes, ClockState state) => new(Start + Duration.FromMinutes(minutes), state, null, null);

    private static ClockRun Run(ClockState state, params ClockChange[] history) => new()
    {
        ClockId = "first-touch", LeadId = "L1", Run = 1, AgreementVersion = 1, CalendarZone = "UTC", StartedAt = Start, StartEventId = "h1",
        State = state, History = history,
    };

    [Fact]
    public void ChangesToAppend_NewRun_IsItsWholeHistory()
    {
        var projected = Run(ClockState.Warning, At(0, ClockState.Running), At(45, ClockState.Warning));

        Assert.Equal(projected.History, ClockReconciliation.ChangesToAppend(null, projected, Now));
    }

    [Fact]
    public void ChangesToAppend_KnownChanges_AreNotAppendedAgain()
    {
        var stored = new[] { At(0, ClockState.Running), At(45, ClockState.Warning) };
        var projected = Run(ClockState.Breached, At(0, ClockState.Running), At(45, ClockState.Warning), At(60, ClockState.Breached));

        Assert.Equal([At(60, ClockState.Breached)], ClockReconciliation.ChangesToAppend(stored, projected, Now));
    }

    [Fact]
    public void ChangesToAppend_RecordedBreachALateEventMadeVoid_AppendsTheNewVerdictAtItsInstant()
    {
        var stored = new[] { At(0, ClockState.Running), At(45, ClockState.Warning), At(60, ClockState.Breached) };
        var projected = Run(ClockState.Met, At(0, ClockState.Running), At(45, ClockState.Warning), At(50, ClockState.Met));

        Assert.Equal([At(50, ClockState.Met)], ClockReconciliation.ChangesToAppend(stored, projected, Now));
    }

    [Fact]
    public void ChangesToAppend_LongerGoalUndoesABreachWithoutANewChange_AppendsTheStateAsOfNow()
    {
        var stored = new[] { At(0, ClockState.Running), At(45, ClockState.Warning), At(60, ClockState.Breached) };
        var projected = Run(ClockState.Warning, At(0, ClockState.Running), At(45, ClockState.Warning));

        Assert.Equal([new ClockChange(Now, ClockState.Warning, null, null)], ClockReconciliation.ChangesToAppend(stored, projected, Now));
    }

    [Fact]
    public void ChangesToAppend_NothingNew_IsEmpty()
    {
        var stored = new[] { At(0, ClockState.Running) };

        Assert.Empty(ClockReconciliation.ChangesToAppend(stored, Run(ClockState.Running, At(0, ClockState.Running)), Now));
    }
}
