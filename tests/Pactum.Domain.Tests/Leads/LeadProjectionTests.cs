using Pactum.Domain.Leads;
using static Pactum.Domain.Leads.LeadEventType;
using static Pactum.Domain.Tests.Leads.LeadEventsFixture;

namespace Pactum.Domain.Tests.Leads;

public sealed class LeadProjectionTests
{
    private static readonly LeadEvent[] Life =
    [
        E("e1", LeadCreated, "2026-10-05T13:00", source: "organic_search"),
        E("e2", Mql, "2026-10-05T13:30"),
        E("e3", HandedOff, "2026-10-05T14:00", owner: "Kendra"),
        E("e4", Accepted, "2026-10-05T14:20"),
        E("e5", Attempt, "2026-10-05T14:45"),
        E("e6", Connected, "2026-10-06T10:00"),
        E("e7", Qualified, "2026-10-06T10:30"),
        E("e8", Opportunity, "2026-10-07T09:00"),
        E("e9", DealWon, "2026-10-20T16:00", amount: 120m),
    ];

    [Fact]
    public void Project_AWholeLife_EndsAsAQualifiedCustomer()
    {
        var lead = LeadProjection.Project("L1", Life);

        Assert.Equal(LifecycleStage.Customer, lead.Stage);
        Assert.Equal(LeadStatus.Qualified, lead.Status);
        Assert.Equal("Kendra", lead.Owner);
        Assert.Equal("organic_search", lead.Source);
        Assert.Equal(At("2026-10-05T14:00"), lead.FirstHandOff);
        Assert.True(lead.Decision!.Accepted);
        Assert.Single(lead.Attempts);
        Assert.Equal(At("2026-10-06T10:00"), lead.ConnectedAt);
        Assert.Equal(120m, lead.Deal!.Amount);
        Assert.Empty(lead.Anomalies);
        Assert.Equal(9, lead.EventCount);
    }

    [Fact]
    public void Project_AnyOrder_GivesTheSameLead()
    {
        var inOrder = LeadProjection.Project("L1", Life);
        var reversed = LeadProjection.Project("L1", Life.Reverse());
        var shuffled = LeadProjection.Project("L1", Life.OrderBy(e => e.EventId.GetHashCode(StringComparison.Ordinal)));

        Assert.Equal(LeadSignature(inOrder), LeadSignature(reversed));
        Assert.Equal(LeadSignature(inOrder), LeadSignature(shuffled));
    }

    [Fact]
    public void Project_LateEvent_ChangesTheStatusHistory()
    {
        // The connection arrives late, after the qualification was known: it belongs before it in the history.
        var withoutConnection = LeadProjection.Project("L1", Life.Where(e => e.EventId != "e6"));
        var withConnection = LeadProjection.Project("L1", Life);

        Assert.DoesNotContain(withoutConnection.History, c => c.Status == LeadStatus.Connected);
        var connected = Assert.Single(withConnection.History, c => c.Status == LeadStatus.Connected);
        Assert.Equal(At("2026-10-06T10:00"), connected.At);
        Assert.True(withConnection.History.Select(c => c.At).SequenceEqual(withConnection.History.Select(c => c.At).Order()));
    }

    [Theory]
    [InlineData("attempt on a lead never handed off", new[] { "created", "attempt" })] // a rep called before the hand-off
    [InlineData("deal_won after the deal was already won", new[] { "created", "handoff", "won", "won-again" })] // a deal won twice
    [InlineData("starts with handed_off, not lead_created", new[] { "handoff" })] // no creation event
    [InlineData("accepted on a lead never handed off", new[] { "created", "accepted" })] // accepted with no hand-off
    public void Project_MessyFacts_AreKeptAndFlagged(string message, string[] facts)
    {
        var all = new Dictionary<string, LeadEvent>
        {
            ["created"] = E("a1", LeadCreated, "2026-10-01T09:00"),
            ["handoff"] = E("a2", HandedOff, "2026-10-01T10:00"),
            ["attempt"] = E("a3", Attempt, "2026-10-01T11:00"),
            ["accepted"] = E("a4", Accepted, "2026-10-01T11:30"),
            ["won"] = E("a5", DealWon, "2026-10-02T09:00", amount: 100m),
            ["won-again"] = E("a6", DealWon, "2026-10-03T09:00", amount: 100m),
        };

        var lead = LeadProjection.Project("L1", facts.Select(f => all[f]));

        Assert.Contains(lead.Anomalies, a => a.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(facts.Length, lead.EventCount); // every fact is kept
    }

    [Fact]
    public void Project_DealWonTwice_KeepsTheFirstAmount()
    {
        var lead = LeadProjection.Project("L1", [E("a1", LeadCreated, "2026-10-01T09:00"), E("a2", DealWon, "2026-10-02T09:00", amount: 100m), E("a3", DealWon, "2026-10-03T09:00", amount: 250m)]);

        Assert.Equal(100m, lead.Deal!.Amount);
    }

    [Fact]
    public void Project_Recycled_ReturnsToMarketingInItsTrack()
    {
        var lead = LeadProjection.Project("L1",
        [
            E("r1", LeadCreated, "2026-10-01T09:00"),
            E("r2", HandedOff, "2026-10-01T10:00", owner: "Ann"),
            E("r3", Attempt, "2026-10-01T11:00"),
            E("r4", Recycled, "2026-10-09T11:00", reason: "no connection after 6 attempts", track: "consideration"),
        ]);

        Assert.Equal(LeadStatus.Recycled, lead.Status);
        Assert.Equal(LifecycleStage.Lead, lead.Stage);
        Assert.Equal("consideration", lead.NurtureTrack);
        Assert.Equal("no connection after 6 attempts", lead.Recycle!.Reason);
    }

    [Fact]
    public void Project_SecondHandOff_ReassignsTheOwnerAndReopens()
    {
        var lead = LeadProjection.Project("L1",
        [
            E("h1", LeadCreated, "2026-10-01T09:00"),
            E("h2", HandedOff, "2026-10-01T10:00", owner: "Ann"),
            E("h3", Recycled, "2026-10-05T10:00", track: "awareness"),
            E("h4", HandedOff, "2026-11-02T10:00", owner: "Bo"),
        ]);

        Assert.Equal("Bo", lead.Owner);
        Assert.Equal(LeadStatus.Open, lead.Status);
        Assert.Equal([At("2026-10-01T10:00"), At("2026-11-02T10:00")], lead.HandOffs);
        Assert.Equal(At("2026-10-01T10:00"), lead.FirstHandOff);
    }

    [Fact]
    public void Rejected_WithReason_DisqualifiesTheLead()
    {
        var lead = LeadProjection.Project("L1",
        [
            E("j1", LeadCreated, "2026-10-01T09:00"),
            E("j2", HandedOff, "2026-10-01T10:00"),
            E("j3", Rejected, "2026-10-01T10:30", reason: "company under 20 employees"),
        ]);

        Assert.Equal(LeadStatus.Disqualified, lead.Status);
        Assert.False(lead.Decision!.Accepted);
        Assert.Equal("company under 20 employees", lead.Decision.Reason);
    }

    [Fact]
    public void Apply_EventBeforeTheLast_Throws()
    {
        var projection = LeadProjection.Start("L1");
        projection.Apply(E("b2", LeadCreated, "2026-10-02T09:00"));

        Assert.Throws<ArgumentException>(() => projection.Apply(E("b1", Mql, "2026-10-01T09:00")));
    }

    [Theory]
    [InlineData(0)] // a whole life
    [InlineData(1)] // messy facts: an attempt before the hand-off, a deal won twice, no creation event
    public void Summarize_EqualsTheSummaryOfTheWholeLead(int set)
    {
        LeadEvent[] events = set == 0
            ? Life
            :
            [
                E("m1", Attempt, "2026-10-01T09:00", owner: "Ann"),
                E("m2", HandedOff, "2026-10-01T10:00", owner: "Bo"),
                E("m3", DealWon, "2026-10-02T09:00", amount: 100m),
                E("m4", DealWon, "2026-10-03T09:00", amount: 250m),
                E("m5", Recycled, "2026-10-04T09:00", track: "awareness"),
            ];
        var whole = LeadProjection.Project("L1", events);

        var summary = LeadProjection.Summarize("L1", events);

        Assert.Equal(
            new LeadSummary("L1", whole.Stage, whole.Status, whole.Owner, whole.Source, whole.Persona, whole.CreatedAt, whole.FirstHandOff, whole.Anomalies.Count, whole.EventCount, whole.LastOccurredAt, whole.LastEventId)
            {
                Milestones = new(
                    whole.MqlAt, whole.SqlAt, whole.Asset, whole.Attempts.FirstOrDefault(a => a.At >= whole.FirstHandOff)?.At, whole.Attempts.Count,
                    whole.ConnectedAt, whole.Decision, whole.Recycle, whole.NurtureTrack, whole.Deal)
                {
                    // Each hand-off with the first attempt at or after it.
                    HandOffs = new LeadHandOffs(whole.HandOffs.Select(h => new LeadHandOff(h, whole.Attempts.FirstOrDefault(a => a.At >= h)?.At))),
                },
            },
            summary);
    }

    [Fact]
    public void Snapshot_OfASummaryProjection_Throws()
    {
        var projection = LeadProjection.Start("L1", ProjectionDetail.Summary);
        projection.Apply(Life[0]);

        Assert.Throws<InvalidOperationException>(() => projection.Snapshot());
    }

    /// <summary>Every member of a lead, lists included, as comparable text.</summary>
    internal static string LeadSignature(Lead lead) => string.Join("|",
        lead with { HandOffs = [], Attempts = [], History = [], Anomalies = [] },
        string.Join(",", lead.HandOffs), string.Join(",", lead.Attempts), string.Join(",", lead.History), string.Join(",", lead.Anomalies));
}
