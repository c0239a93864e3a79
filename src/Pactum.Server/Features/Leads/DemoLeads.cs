using NodaTime;
using Pactum.Domain.Leads.Demo;
using Pactum.Storage.Leads;

namespace Pactum.Server.Features.Leads;

/// <summary>
/// Loads the demo company's lead history (about six months of Company X up to "now") into an empty event log, so the
/// demo has leads, hand-offs, attempts and deals to show, and puts Kendra's four reps on the team page. A log that
/// already holds events is left as it is.
/// </summary>
public sealed class DemoLeads(EventLog log, Pactum.Storage.Routing.RepStore reps, IClock clock)
{
    /// <summary>Loads the history when the log is empty; returns the number of events taken.</summary>
    public int LoadIfEmpty()
    {
        if (log.Count() > 0)
        {
            return 0;
        }

        if (reps.All().Count == 0)
        {
            foreach (var rep in DemoHistory.Reps)
            {
                reps.Save(new Pactum.Domain.Assignment.SalesRep { Id = rep }); // the team hand-offs are assigned to
            }
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
