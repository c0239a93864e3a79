using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Storage.Clocks;
using static Pactum.Domain.Leads.LeadEventType;

namespace Pactum.Storage.Tests.Clocks;

public sealed class ClockSweeperTests : IDisposable
{
    private static readonly Instant Monday9 = ClockWorld.Monday9;
    private static readonly Instant WarnAt = Monday9 + Duration.FromMinutes(45);
    private static readonly Instant Due = Monday9 + Duration.FromMinutes(60);
    private readonly ClockWorld _world = new();

    public ClockSweeperTests() => _world.Append("h1", "L1", HandedOff, Monday9);

    public void Dispose() => _world.Dispose();

    [Fact]
    public void Sweep_BeforeTheWarning_RecordsNothing()
    {
        Assert.Empty(_world.Sweeper.Sweep(WarnAt - Duration.FromSeconds(1)));
        Assert.Equal(ClockState.Running, _world.Run("L1", "first-touch").Run.State);
    }

    [Fact]
    public void Sweep_OnTime_RecordsTheWarningThenTheBreachEachOnceAtTheirInstants()
    {
        _world.Sweeper.Sweep(WarnAt);
        _world.Sweeper.Sweep(WarnAt + Duration.FromMinutes(1));
        _world.Sweeper.Sweep(Due);
        _world.Sweeper.Sweep(Due + Duration.FromMinutes(1));

        var told = Told();
        Assert.Equal([(WarnAt, ClockState.Warning), (Due, ClockState.Breached)], told);
        Assert.Equal(["clock.warning", "clock.breached"], _world.Notices().Select(n => n.Type));
    }

    [Fact]
    public void Sweep_WakingFiveMinutesLate_RecordsBothAtTheirTrueInstants()
    {
        var recorded = _world.Sweeper.Sweep(Due + Duration.FromMinutes(5));

        Assert.Equal([(WarnAt, ClockState.Warning), (Due, ClockState.Breached)], Told());
        Assert.All(recorded, r => Assert.Equal(Due + Duration.FromMinutes(5), r.RecordedAt));
        Assert.Equal(ClockState.Breached, _world.Run("L1", "first-touch").Run.State);
    }

    [Fact]
    public void Sweep_AfterARestartBetweenWarningAndBreach_RecordsEachOnce()
    {
        _world.Sweeper.Sweep(WarnAt);

        _world.Restart(); // a new process: the queue is rebuilt from the open runs
        _world.Sweeper.Sweep(WarnAt + Duration.FromMinutes(1));
        _world.Sweeper.Sweep(Due + Duration.FromMinutes(5));
        _world.Restart();
        _world.Sweeper.Sweep(Due + Duration.FromMinutes(10));

        Assert.Equal([(WarnAt, ClockState.Warning), (Due, ClockState.Breached)], Told());
        Assert.Equal(2, _world.Notices().Count);
    }

    [Fact]
    public void Sweep_AfterAnEventStoppedTheClock_RecordsNothing()
    {
        _world.Clock.Advance(Duration.FromMinutes(30));
        _world.Append("a1", "L1", Attempt, Monday9 + Duration.FromMinutes(30));

        _world.Sweeper.Sweep(Due + Duration.FromMinutes(5));

        Assert.Equal([ClockState.Running, ClockState.Met], _world.Run("L1", "first-touch").Recorded.Select(c => c.Change.State));
        Assert.Empty(_world.Notices());
    }

    [Fact]
    public void Rebuild_QueuesTheAlarmsOfEveryOpenRun()
    {
        _world.Restart();

        Assert.Equal(WarnAt, _world.Alarms.Next);
        Assert.Equal(6, _world.Alarms.Count); // a warning and a deadline for each of the three clocks
    }

    private IReadOnlyList<(Instant, ClockState)> Told() =>
        _world.Run("L1", "first-touch").Recorded.Where(c => c.RecordedBy == ClockRecorders.Sweeper).Select(c => (c.Change.At, c.Change.State)).ToList();
}
