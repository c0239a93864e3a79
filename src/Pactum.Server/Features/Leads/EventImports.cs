using NodaTime;
using Pactum.Domain.Leads.Import;
using Pactum.Domain.Time;
using Pactum.Storage.Leads;

namespace Pactum.Server.Features.Leads;

/// <summary>Imports uploaded CSV files of events for the API and the import page.</summary>
public sealed class EventImports(EventImporter importer)
{
    /// <summary>Imports <paramref name="csv"/>; the settings are those of <c>pactum import events</c>.</summary>
    public ImportAnswer Import(string csv, string fileName, ImportSettings settings)
    {
        var errors = new List<string>();
        var options = settings.Read(errors);
        if (options is null)
        {
            return new ImportAnswer(fileName, "", 0, 0, 0, 0, [], errors);
        }

        var report = importer.Import(new StringReader(csv), headers => ImportLayouts.Choose(settings.Format, options, headers));
        return new ImportAnswer(fileName, report.Format, report.Rows, report.Totals.Taken, report.Totals.Duplicates, report.Totals.Rejected, report.Rejected, report.Refusal);
    }
}

/// <summary>What an upload did: the layout read, rows, events taken / duplicate / rejected, and the rejected rows with their lines.</summary>
public sealed record ImportAnswer(string FileName, string Format, long Rows, int Taken, int Duplicates, int Rejected, IReadOnlyList<RejectedRow> RejectedRows, IReadOnlyList<string> Refusal);

/// <summary>
/// How to read an uploaded file, as typed: the layout (empty: recognised from the header), and for CRM exports the
/// zone and date format of their dates and the instant the export was taken.
/// </summary>
public sealed record ImportSettings(string? Format = null, string? Zone = null, string? DateFormat = null, string? SnapshotAt = null)
{
    /// <summary>The CRM options, or null with every problem in <paramref name="errors"/>.</summary>
    public CrmImportOptions? Read(List<string> errors)
    {
        var before = errors.Count;
        if (!ImportLayouts.IsKnown(Format, out var formatError))
        {
            errors.Add($"format: {formatError}");
        }

        var zone = string.IsNullOrWhiteSpace(Zone) ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(Zone.Trim());
        if (zone is null)
        {
            errors.Add($"zone: '{Zone}' is not an IANA time zone (e.g. America/New_York)");
        }

        var dateFormat = string.IsNullOrWhiteSpace(DateFormat) ? null : DateFormat.Trim();
        if (dateFormat is not null && !CrmDateFormat.TryCreate(dateFormat, out _, out var dateError))
        {
            errors.Add($"dateFormat: {dateError}");
        }

        Instant? snapshot = string.IsNullOrWhiteSpace(SnapshotAt) ? null : InstantText.ParseField("snapshotAt", SnapshotAt, errors);
        return errors.Count > before ? null : new CrmImportOptions(zone!, dateFormat, snapshot);
    }
}
