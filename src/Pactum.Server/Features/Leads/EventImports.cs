using Pactum.Domain.Leads.Import;
using Pactum.Storage.Leads;

namespace Pactum.Server.Features.Leads;

/// <summary>Imports uploaded CSV files of events for the API and the import page.</summary>
public sealed class EventImports(EventImporter importer)
{
    /// <summary>Imports <paramref name="csv"/>; the settings are those of <c>pactum import events</c>.</summary>
    public ImportAnswer Import(string csv, string fileName, ImportSettings settings)
    {
        var errors = new List<string>();
        var layout = settings.Read(errors);
        if (layout is null)
        {
            return new ImportAnswer(fileName, "", 0, 0, 0, 0, [], errors);
        }

        var report = importer.Import(new StringReader(csv), layout);
        return new ImportAnswer(fileName, report.Format, report.Rows, report.Totals.Taken, report.Totals.Duplicates, report.Totals.Rejected, report.Rejected, report.Refusal);
    }
}

/// <summary>What an upload did: the layout read, rows, events taken / duplicate / rejected, and the rejected rows with their lines.</summary>
public sealed record ImportAnswer(string FileName, string Format, long Rows, int Taken, int Duplicates, int Rejected, IReadOnlyList<RejectedRow> RejectedRows, IReadOnlyList<string> Refusal);
