using NodaTime;
using Pactum.Domain.Leads.Demo;
using Pactum.Storage.Leads;

namespace Pactum.Server.Features.Leads;

/// <summary>
/// Loads the demo company's lead history (about six months of Company X up to "now") into an empty event log, so the
/// demo has leads, hand-offs, attempts and deals to show. A log that already holds events is left as it is.
/// </summary>
public sealed class DemoLeads(EventLog log, IClock clock)
{
    /// <summary>Loads the history when the log is empty; returns the number of events taken.</summary>
    public int LoadIfEmpty()
    {
        if (log.Count() > 0)
        {
            return 0;
        }

        using var session = log.BeginImport();
        var taken = 0;
        foreach (var chunk in DemoHistory.Generate(DemoHistoryOptions.CompanyX(clock.GetCurrentInstant())).Chunk(EventImporter.ChunkSize))
        {
            taken += AppendTotals.Of(session.Append(chunk)).Taken;
        }

        return taken;
    }
}
