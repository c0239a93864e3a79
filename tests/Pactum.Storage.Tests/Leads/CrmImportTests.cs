using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Leads.Import;
using Pactum.Storage.Leads;
using Pactum.Testing;

namespace Pactum.Storage.Tests.Leads;

/// <summary>The CRM samples in samples/imports, imported through the whole pipeline into lead projections.</summary>
public sealed class CrmImportTests : IDisposable
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private ImportReport Import(string sample, CrmImportOptions options)
    {
        var path = Path.Combine(Repository.Root(), "samples", "imports", sample);
        using var reader = new StreamReader(path);
        return new EventImporter(new EventLog(_db.Database, _db.Clock)).Import(reader, headers => ImportLayouts.Choose(null, options, headers));
    }

    [Fact]
    public void HubSpotSample_ImportsIntoTheRightStagesAndStatuses()
    {
        var report = Import("hubspot-contacts.csv", new CrmImportOptions(NewYork, SnapshotAt: Instant.FromUtc(2026, 10, 1, 0, 0)));
        var leads = new LeadStore(_db.Database);

        Assert.Equal("hubspot", report.Format);
        Assert.Equal(0, report.Totals.Rejected);
        Assert.Equal(LifecycleStage.Lead, leads.Find("5101")!.Stage); // a subscriber with a create date: a lead
        Assert.Equal(LeadStatus.New, leads.Find("5102")!.Status); // Lead Status New
        var attempted = leads.Find("5104")!; // MQL date, In Progress
        Assert.Equal(LifecycleStage.Mql, attempted.Stage);
        Assert.Equal(LeadStatus.InProgress, attempted.Status);
        Assert.Equal(Instant.FromUtc(2026, 9, 10, 18, 20), attempted.MqlAt); // 14:20 in New York (EDT)
    }

    [Fact]
    public void HubSpotSample_LaterSnapshotOfTheSameExport_TakesNothingNew()
    {
        Import("hubspot-contacts.csv", new CrmImportOptions(NewYork, SnapshotAt: Instant.FromUtc(2026, 10, 1, 0, 0)));

        var later = Import("hubspot-contacts.csv", new CrmImportOptions(NewYork, SnapshotAt: Instant.FromUtc(2026, 10, 8, 0, 0)));

        Assert.Equal(0, later.Totals.Taken);
        Assert.Equal(0, later.Totals.Rejected); // the same statuses seen again are the same facts
    }

    [Fact]
    public void SalesforceSample_ImportsWithItsDateFormat()
    {
        var report = Import("salesforce-leads.csv", new CrmImportOptions(NewYork, "M/d/yyyy h:mm a", Instant.FromUtc(2026, 10, 1, 0, 0)));
        var leads = new LeadStore(_db.Database);

        Assert.Equal("salesforce", report.Format);
        Assert.Equal(0, report.Totals.Rejected);
        var working = leads.Find("00Q5e00000Kx1A3EAJ")!; // Working - Contacted: handed to Dana Reyes and attempted
        Assert.Equal(LeadStatus.InProgress, working.Status);
        Assert.Equal("Dana Reyes", working.Owner);
        Assert.Equal("referral", working.Source);
    }

    [Fact]
    public void SalesforceSample_WithoutItsDateFormat_IsRefusedSayingWhy()
    {
        var report = Import("salesforce-leads.csv", new CrmImportOptions(NewYork));

        Assert.True(report.IsRefused);
        Assert.Contains("give the date format", Assert.Single(report.Refusal), StringComparison.Ordinal);
    }
}
