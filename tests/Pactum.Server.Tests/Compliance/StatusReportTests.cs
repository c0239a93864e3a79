using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Server.Features.Compliance;
using Pactum.Storage.Compliance;
using Pactum.Testing;

namespace Pactum.Server.Tests.Compliance;

/// <summary>Scheduled status reports (SPEC R8) of the demo multi-level agreement: a monthly friction report from sales to service, four pipeline reports a month from sales to marketing.</summary>
public sealed class StatusReportTests
{
    [Fact]
    public async Task Generate_FrictionNotesAndPipeline_ArchivesEachReportOnceAndDeliversTheRecentOne()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { BackgroundServices = false });
        object[] notes =
        [
            new { id = "f1", type = "friction_note", at = "2026-10-06T15:00:00Z", customer = "Globex", painPoint = "Invoices arrive late", category = "billing", recordedBy = "Dana" },
            new { id = "f2", type = "friction_note", at = "2026-10-20T15:00:00Z", customer = "Initech", painPoint = "Onboarding took three weeks", category = "onboarding", recordedBy = "Lee" },
            new { id = "f3", type = "friction_note", at = "2026-10-27T15:00:00Z", customer = "Hooli", painPoint = "Double-billed in October", category = "billing", recordedBy = "Dana" },
        ];
        (await server.Client.PostAsJsonAsync("/api/agreements/company-x-multi-level/service-events", notes)).EnsureSuccessStatusCode();
        var service = (StatusReportService)server.Services.GetService(typeof(StatusReportService))!;
        var archive = (StatusReportStore)server.Services.GetService(typeof(StatusReportStore))!;
        var notices = Notices(server);

        Assert.True(service.GenerateDue() > 0);
        var reports = archive.Reports("company-x-multi-level");
        var friction = Assert.Single(reports, r => r.RequirementId == "customer-friction-report" && r.Period.ToString() == "2026-10");
        Assert.Equal(
            "Friction notes: 3\nbilling (2)\n  Globex: Invoices arrive late (noted by Dana)\n  Hooli: Double-billed in October (noted by Dana)\nonboarding (1)\n  Initech: Onboarding took three weeks (noted by Lee)\n",
            friction.Body);
        Assert.Equal(
            ["2026-10-01 – 2026-10-07", "2026-10-08 – 2026-10-15", "2026-10-16 – 2026-10-23", "2026-10-24 – 2026-10-31"],
            reports.Where(r => r.RequirementId == "pipeline-status-report" && r.Period.From.Month == 10).Select(r => r.Period.ToString()).Reverse());
        Assert.DoesNotContain(reports, r => r.Period.From == new LocalDate(2026, 11, 1)); // 1–7 November is not over
        Assert.Equal(notices, Notices(server)); // history is archived without telling anyone

        // The first week of November ends; its pipeline report goes to marketing (in both demo agreements that ask for it).
        server.Clock.Advance(Instant.FromUtc(2026, 11, 8, 5, 30) - server.Clock.GetCurrentInstant());
        Assert.Equal(2, service.GenerateDue());
        Assert.Equal(0, service.GenerateDue());
        var week = Assert.Single(archive.Reports("company-x-multi-level"), r => r.Period.From == new LocalDate(2026, 11, 1));
        Assert.StartsWith("Leads handed off: ", week.Body, StringComparison.Ordinal);
        Assert.Equal(notices + 2, Notices(server));
    }

    private static long Notices(RunningServer server)
    {
        using var connection = new SqliteConnection($"Data Source={server.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM notices WHERE type = 'status_report.sent'";
        return (long)command.ExecuteScalar()!;
    }
}
