using System.Text;
using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Compliance;
using Pactum.Domain.Notices;
using Pactum.Server.Features.Agreements;
using Pactum.Storage.Compliance;
using Pactum.Storage.Reports;

namespace Pactum.Server.Features.Compliance;

/// <summary>
/// Generates the status reports agreements name when they fall due (SPEC R8), archives them, and delivers each to the
/// receiving party's contacts and webhooks through the outbox. A report whose period ended more than a day ago when it
/// is first generated (history, a server that was off) is archived without a notice.
/// </summary>
public sealed class StatusReportService(AgreementCatalog catalog, StatusReportStore archive, ReportStore reports, ServiceEventStore events, IClock clock)
{
    /// <summary>Generates every due report not yet archived; how many it generated.</summary>
    public int GenerateDue() => catalog.LatestParsed().Sum(loaded => Generate(loaded.Agreement, loaded.Stored.Version));

    /// <summary>Generates the due reports of one agreement; how many it generated.</summary>
    public int Generate(Agreement agreement, int version)
    {
        var now = clock.GetCurrentInstant();
        var zone = agreement.Calendar?.Zone ?? DateTimeZone.Utc;
        var made = 0;
        foreach (var due in StatusReportPlan.Due(agreement, now.InZone(zone).Date))
        {
            var requirementId = due.Requirement.Id ?? due.Requirement.What;
            if (archive.Has(agreement.Id, requirementId, due.Period.From))
            {
                continue;
            }

            var from = due.Period.From.AtStartOfDayInZone(zone).ToInstant();
            var to = due.Period.To.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
            var body = due.Kind == StatusReportKind.CustomerFriction ? Friction(agreement, from, to) : Pipeline(from, to);
            var recent = now - to <= Duration.FromDays(1);
            var data = AgreementNotice.Data(agreement, version);
            data["requirementId"] = requirementId;
            data["from"] = due.Period.From.ToString("uuuu-MM-dd", null);
            data["to"] = due.Period.To.ToString("uuuu-MM-dd", null);
            data["report"] = body;
            IReadOnlyList<AgreementNotice> notices = recent
                ? [AgreementNotice.Of(agreement, due.Requirement.To, "status_report.sent", due.Title, $"{due.Title} ({agreement.Title}), from {due.Requirement.From}:\n{body}", data, now)]
                : [];
            made += archive.Archive(agreement.Id, requirementId, due.Period, due.Title, body, notices, now) ? 1 : 0;
        }

        return made;
    }

    private string Pipeline(Instant from, Instant to)
    {
        var leads = reports.Leads(LeadMilestone.HandedOff, from, to);
        var text = new StringBuilder($"Leads handed off: {leads.Count}\n");
        foreach (var status in leads.GroupBy(l => l.Status).OrderBy(g => g.Key))
        {
            text.Append($"  {Domain.Leads.LeadNames.Of(status.Key)}: {status.Count()}\n");
        }

        var won = reports.Leads(LeadMilestone.DealClosed, from, to).Where(l => l.Milestones.Deal is { Won: true }).ToList();
        text.Append($"Deals won: {won.Count}, revenue {won.Sum(l => l.Milestones.Deal!.Amount ?? 0m).ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture)}\n");
        return text.ToString();
    }

    private string Friction(Agreement agreement, Instant from, Instant to)
    {
        var notes = events.FrictionNotes(agreement.Id, from, to);
        var text = new StringBuilder($"Friction notes: {notes.Count}\n");
        foreach (var category in notes.GroupBy(n => n.Category).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append($"{category.Key} ({category.Count()})\n");
            foreach (var note in category)
            {
                text.Append($"  {note.Customer}: {note.PainPoint} (noted by {note.RecordedBy})\n");
            }
        }

        return text.ToString();
    }
}
