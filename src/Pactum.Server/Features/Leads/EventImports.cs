using NodaTime;
using Pactum.Domain.Leads.Import;
using Pactum.Storage.Leads;

namespace Pactum.Server.Features.Leads;

/// <summary>Imports uploaded CSV files of events for the API and the import page.</summary>
public sealed class EventImports(EventImporter importer)
{
    /// <summary>Imports <paramref name="csv"/>; <paramref name="layout"/> and <paramref name="zone"/> as for <c>pactum import events</c>.</summary>
    public ImportAnswer Import(string csv, string fileName, string? layout, string? zone)
    {
        var timeZone = string.IsNullOrWhiteSpace(zone) ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone.Trim());
        if (timeZone is null)
        {
            return ImportAnswer.Refused(fileName, $"zone: '{zone}' is not an IANA time zone (e.g. America/New_York)");
        }

        var mapper = ImportLayouts.For(layout, timeZone, out var error);
        if (mapper is null)
        {
            return ImportAnswer.Refused(fileName, $"format: {error}");
        }

        var report = importer.Import(new StringReader(csv), mapper);
        return new ImportAnswer(fileName, report.Format, report.Rows, report.Totals.Taken, report.Totals.Duplicates, report.Totals.Rejected, report.Rejected, report.Refusal);
    }
}

/// <summary>What an upload did: the layout read, rows, events taken / duplicate / rejected, and the rejected rows with their lines.</summary>
public sealed record ImportAnswer(string FileName, string Format, long Rows, int Taken, int Duplicates, int Rejected, IReadOnlyList<RejectedRow> RejectedRows, IReadOnlyList<string> Refusal)
{
    public static ImportAnswer Refused(string fileName, string reason) => new(fileName, "", 0, 0, 0, 0, [], [reason]);
}
