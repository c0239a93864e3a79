using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Storage.Clocks;
using static Pactum.Domain.Leads.LeadEventType;

namespace Pactum.Storage.Tests.Clocks;

public sealed class ClockRecordingTests : IDisposable
{
    private static readonly Instant Monday9 = ClockWorld.Monday9;
    private readonly ClockWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public void Append_HandOff_StoresARunningRunWithItsDeadlineAndAlarms()
    {
        _world.Append("h1", "L1", HandedOff, Monday9);

        var run = _world.Run("L1", "first-touch");
        Assert.Equal(ClockState.Running, run.Run.State);
        Assert.Equal(Monday9 + Duration.FromMinutes(60), run.Run.Due);
        Assert.Equal(Monday9 + Duration.FromMinutes(45), run.Run.WarnAt);
        Assert.Equal(1, run.Run.AgreementVersion);
        Assert.Equal("America/New_York", run.Run.CalendarZone);
        var started = Assert.Single(run.Recorded);
        Assert.Equal((Monday9, ClockState.Running, ClockRecorders.Events), (started.Change.At, started.Change.State, started.RecordedBy));
        Assert.Equal(Monday9 + Duration.FromMinutes(45), _world.Alarms.Next); // the first-touch warning is the soonest alarm
        Assert.Equal(3, _world.Store.RunsOf("L1").Count); // first touch, accept-or-reject, six attempts
    }

    [Fact]
    public void Append_AttemptAfterTheDeadline_IsMetLateAndKeepsTheBreachInTheHistory()
    {
        _world.Append("h1", "L1", HandedOff, Monday9);
        _world.Clock.Advance(Duration.FromMinutes(70));
        _world.Append("a1", "L1", Attempt, Monday9 + Duration.FromMinutes(70));

        var run = _world.Run("L1", "first-touch");

        Assert.Equal(ClockState.MetLate, run.Run.State);
        Assert.Equal([ClockState.Running, ClockState.Warning, ClockState.Breached, ClockState.MetLate], run.Recorded.Select(c => c.Change.State));
        Assert.Equal(Monday9 + Duration.FromMinutes(60), run.Recorded[2].Change.At); // the breach at its true instant, though recorded at 15:10
        Assert.Equal(["clock.warning", "clock.breached"], _world.Notices().Select(n => n.Type));
    }

    [Fact]
    public void Append_LateAttemptDatedBeforeTheDeadline_MovesTheRecordedBreachToMet()
    {
        _world.Append("h1", "L1", HandedOff, Monday9);
        _world.Clock.Advance(Duration.FromMinutes(65));
        _world.Sweeper.Sweep(_world.Clock.GetCurrentInstant());
        Assert.Equal(ClockState.Breached, _world.Run("L1", "first-touch").Run.State);

        _world.Append("a1", "L1", Attempt, Monday9 + Duration.FromMinutes(50)); // the CRM sends the attempt late

        var run = _world.Run("L1", "first-touch");
        Assert.Equal(ClockState.Met, run.Run.State);
        Assert.Equal(Monday9 + Duration.FromMinutes(50), run.Run.StoppedAt);
        Assert.Equal([ClockState.Running, ClockState.Warning, ClockState.Breached, ClockState.Met], run.Recorded.Select(c => c.Change.State)); // append-only
    }

    [Fact]
    public void Append_HistoryOlderThanADay_IsRecordedButToldToNoOne()
    {
        _world.Clock.Advance(Duration.FromDays(3));

        _world.Append("h1", "L1", HandedOff, Monday9);

        Assert.Equal(ClockState.Breached, _world.Run("L1", "first-touch").Run.State);
        Assert.Empty(_world.Notices());
    }

    [Fact]
    public void StoringANewVersion_RecomputesOpenRunsFromTheirStart_ButNotClosedOnes()
    {
        _world.Append("h1", "OPEN", HandedOff, Monday9);
        _world.Append("h2", "CLOSED", HandedOff, Monday9);
        _world.Clock.Advance(Duration.FromMinutes(90));
        _world.Append("a2", "CLOSED", Attempt, Monday9 + Duration.FromMinutes(90)); // met late under 60 minutes
        _world.Sweeper.Sweep(_world.Clock.GetCurrentInstant());
        Assert.Equal(ClockState.Breached, _world.Run("OPEN", "first-touch").Run.State);

        _world.StoreAgreement(ClockWorld.LongerFirstTouch);
        var moved = _world.Store.RecomputeOpen("company-x-internal");

        var open = _world.Run("OPEN", "first-touch");
        Assert.Equal((ClockState.Warning, Monday9 + Duration.FromMinutes(120), 2), (open.Run.State, open.Run.Due, open.Run.AgreementVersion)); // 90 of 120 minutes used
        Assert.Equal(ClockRecorders.Agreement, open.Recorded[^1].RecordedBy);
        Assert.Contains(moved, m => m.LeadId == "OPEN" && m.ClockId == "first-touch" && m.StateAfter == ClockState.Warning);
        var closed = _world.Run("CLOSED", "first-touch");
        Assert.Equal((ClockState.MetLate, 1), (closed.Run.State, closed.Run.AgreementVersion));
    }

    [Fact]
    public void Replay_ShowsWhatAClosedVerdictBecomesUnderTheLatestVersion_AndAppliesOnlyWhenAsked()
    {
        MetLateThenLongerGoal();

        var preview = _world.Store.Replay("company-x-internal", apply: false);

        var change = Assert.Single(preview, m => m.ClockId == "first-touch");
        Assert.Equal((ClockState.MetLate, ClockState.Met), (change.StateBefore, change.StateAfter));
        Assert.Equal(ClockState.MetLate, _world.Run("CLOSED", "first-touch").Run.State); // a preview writes nothing

        _world.Store.Replay("company-x-internal", apply: true);

        var run = _world.Run("CLOSED", "first-touch");
        Assert.Equal((ClockState.Met, 2), (run.Run.State, run.Run.AgreementVersion));
        Assert.Equal(ClockRecorders.Replay, run.Recorded[^1].RecordedBy);
    }

    [Fact]
    public void Append_ToALeadWithAClosedRunOfAnOlderVersion_KeepsThatVerdict()
    {
        MetLateThenLongerGoal();

        _world.Append("c2", "CLOSED", Connected, Monday9 + Duration.FromMinutes(100));

        var run = _world.Run("CLOSED", "first-touch");
        Assert.Equal((ClockState.MetLate, 1), (run.Run.State, run.Run.AgreementVersion));
    }

    [Fact]
    public void Replay_OfOneAgreement_LeavesTheClosedRunsOfAnotherAsTheyWere()
    {
        _world.StoreAgreement(ClockWorld.SampleYaml, "company-x-copy"); // a second agreement with the same clocks on the same leads
        MetLateThenLongerGoal();
        _world.StoreAgreement(ClockWorld.LongerFirstTouch, "company-x-copy");

        _world.Store.Replay("company-x-internal", apply: true);

        var runs = _world.Store.RunsOf("CLOSED").Where(r => r.Run.ClockId == "first-touch").ToDictionary(r => r.AgreementId, r => r.Run.State);
        Assert.Equal(ClockState.Met, runs["company-x-internal"]);
        Assert.Equal(ClockState.MetLate, runs["company-x-copy"]); // judged under its own version until it is replayed
    }

    /// <summary>Lead CLOSED handed off at 09:00 and first touched at 10:30 (met late under 60 minutes), then version 2 allows 120 minutes.</summary>
    private void MetLateThenLongerGoal()
    {
        _world.Append("h2", "CLOSED", HandedOff, Monday9);
        _world.Clock.Advance(Duration.FromMinutes(90));
        _world.Append("a2", "CLOSED", Attempt, Monday9 + Duration.FromMinutes(90));
        _world.StoreAgreement(ClockWorld.LongerFirstTouch);
    }
}
