using Pactum.Domain.Agreements;

namespace Pactum.Domain.Tests.Agreements;

/// <summary>The side-by-side view puts each party's goals, needs, contacts and consequences in its own column.</summary>
public sealed class SideBySideTests
{
    private static IReadOnlyList<SideBySideColumn> ColumnsOf(string sample) =>
        SideBySide.Of(AgreementFile.Parse(RepoFiles.AgreementSample(sample), sample).Value!);

    private static IReadOnlyList<SideBySideItem> ItemsOf(IReadOnlyList<SideBySideColumn> columns, string column, string section) =>
        columns.Single(c => c.Key == column).Sections.Single(s => s.Key == section).Items;

    [Theory]
    // two departments, then the shared column
    [InlineData("company-x-internal.yaml", new[] { "marketing:Marketing", "sales:Sales", "shared:Shared" })]
    // three departments in chain order
    [InlineData("company-x-multi-level.yaml", new[] { "marketing:Marketing", "sales:Sales", "service:Customer service", "shared:Shared" })]
    // a provider and its customer
    [InlineData("cloud-uptime.yaml", new[] { "provider:Nimbus Cloud", "customer:Company X", "shared:Shared" })]
    public void Of_Sample_HasOneColumnPerPartyInOrderThenShared(string sample, string[] columns)
    {
        Assert.Equal(columns, ColumnsOf(sample).Select(c => $"{c.Key}:{c.Title}"));
    }

    [Fact]
    public void Of_CompanyXInternal_PutsEachGoalInItsOwnersColumn()
    {
        var columns = ColumnsOf("company-x-internal.yaml");

        var leads = Assert.Single(ItemsOf(columns, "marketing", "goals"));
        Assert.Equal(new SideBySideItem("Qualified leads", "100 leads per month (derived: ⌈⌈5000 × 1 ÷ 100⌉ ÷ 0.5⌉)"), leads);
        Assert.Equal(
            [new("First follow-up within an hour", "at most 60 minutes, judged per month"), new("Follow-up attempts", "6 attempts per lead per month")],
            ItemsOf(columns, "sales", "goals"));
        Assert.Equal(["Revenue from marketing leads"], ItemsOf(columns, "shared", "goals").Select(i => i.Label));
    }

    [Fact]
    public void Of_CompanyXInternal_ShowsNeedsDeliveriesContactsAndConsequencesPerParty()
    {
        var columns = ColumnsOf("company-x-internal.yaml");

        Assert.Contains(new SideBySideItem("Weekly pipeline status report", "from Sales; 4 a month"), ItemsOf(columns, "marketing", "requirements"));
        Assert.Contains(new SideBySideItem("Weekly pipeline status report", "to Marketing; 4 a month"), ItemsOf(columns, "sales", "deliveries"));
        Assert.Equal(["Kendra"], ItemsOf(columns, "sales", "contacts").Select(i => i.Label));
        Assert.Equal(["Diagnoses missed goals"], ItemsOf(columns, "marketing", "consequences").Select(i => i.Label));
        Assert.Equal(["Fixes missed goals"], ItemsOf(columns, "sales", "consequences").Select(i => i.Label));
    }

    [Fact]
    public void Of_CompanyXInternal_SharedColumnHoldsWhatBelongsToBoth()
    {
        var shared = ColumnsOf("company-x-internal.yaml").Single(c => c.Key == "shared");

        Assert.Equal(["summary", "goals", "definitions", "personas", "consequences", "cancellation", "review", "exclusions"], shared.Sections.Select(s => s.Key));
        Assert.Contains(new SideBySideItem("Sales stages", "Lead → MQL → SQL → Opportunity → Customer"), shared.Sections.Single(s => s.Key == "definitions").Items);
        Assert.Contains(new SideBySideItem("a goal missed 3 periods in a row", null), shared.Sections.Single(s => s.Key == "cancellation").Items);
        Assert.Equal(
            new SideBySideItem("Winter storm closed the New York office", "2026-02-02T09:00:00-05:00 – 2026-02-03T17:00:00-05:00"),
            Assert.Single(shared.Sections.Single(s => s.Key == "exclusions").Items));
    }

    [Fact]
    public void Of_CloudUptime_ShowsCreditsInTheProvidersColumnOnly()
    {
        var columns = ColumnsOf("cloud-uptime.yaml");

        var credits = Assert.Single(ItemsOf(columns, "provider", "consequences"));
        Assert.Equal(new SideBySideItem("Service credits on Monthly availability", "below 99.9% → 10% credit; below 99% → 25% credit"), credits);
        Assert.DoesNotContain(columns.Single(c => c.Key == "customer").Sections, s => s.Key == "consequences");
    }

    [Fact]
    public void Of_AnySample_LeavesNoSectionEmpty()
    {
        var sections = RepoFiles.AgreementSamples().SelectMany(ColumnsOf).SelectMany(c => c.Sections);

        Assert.All(sections, s => Assert.NotEmpty(s.Items));
    }
}
