using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Pactum.Cli.Tests.Faults;

/// <summary>
/// What a database holds after a crash, read straight from the file (opening it recovers its write-ahead log the way
/// the next Pactum process would): the integrity check, the logged event IDs, the leads whose projection disagrees
/// with their events, and a checksum of the log and its projections that leaves out when each event was received.
/// </summary>
public sealed class EventLogAudit
{
    /// <summary>The tables compared with a clean import, each with its order and the columns left out (arrival, rowids).</summary>
    private static readonly (string Table, string OrderBy, string[] Skip)[] Checksummed =
    [
        ("lead_events", "event_id", ["received_ticks"]),
        ("leads", "lead_id", ["event_rowids"]),
        ("lead_handoffs", "lead_id, handed_off_ticks", []),
        ("report_days", "zone, day, owner", []),
    ];

    private EventLogAudit(string integrity, IReadOnlyDictionary<string, int> eventIds, IReadOnlyList<string> inconsistentLeads, string checksum)
    {
        Integrity = integrity;
        EventIds = eventIds;
        InconsistentLeads = inconsistentLeads;
        Checksum = checksum;
    }

    /// <summary>What <c>PRAGMA integrity_check</c> says: "ok", or its findings.</summary>
    public string Integrity { get; }

    /// <summary>Every event ID in the log, with how many times it is there.</summary>
    public IReadOnlyDictionary<string, int> EventIds { get; }

    /// <summary>
    /// The leads whose row disagrees with the log: an event count other than the number of its events, rowids that are
    /// not its events, or events with no lead row; each with what is wrong.
    /// </summary>
    public IReadOnlyList<string> InconsistentLeads { get; }

    /// <summary>SHA-256 over the events and projections, arrival times and rowids left out.</summary>
    public string Checksum { get; }

    /// <summary>What is wrong with the database <paramref name="when"/>: a failed integrity check, an event logged twice, leads that disagree with their events.</summary>
    public IEnumerable<string> Problems(string when)
    {
        if (Integrity != "ok")
        {
            yield return $"integrity_check {when}: {Integrity}";
        }

        foreach (var (id, times) in EventIds.Where(e => e.Value > 1).Take(5))
        {
            yield return $"event {id} is logged {times} times {when}";
        }

        foreach (var lead in InconsistentLeads.Take(5))
        {
            yield return $"{lead} {when}";
        }
    }

    /// <summary>Audits the database at <paramref name="path"/>; a file never created is an empty log.</summary>
    public static EventLogAudit Of(string path)
    {
        if (!File.Exists(path))
        {
            return new EventLogAudit("ok", new Dictionary<string, int>(), [], "");
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        var tables = Column<string>(connection, "SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet(StringComparer.Ordinal);
        var integrity = string.Join("; ", Column<string>(connection, "PRAGMA integrity_check"));
        if (!tables.Contains("leads") || !tables.Contains("lead_events"))
        {
            return new EventLogAudit(integrity, new Dictionary<string, int>(), [], ""); // killed before the schema was in place
        }

        var eventIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in Column<string>(connection, "SELECT event_id FROM lead_events"))
        {
            eventIds[id] = eventIds.GetValueOrDefault(id) + 1;
        }

        return new EventLogAudit(integrity, eventIds, Inconsistencies(connection), Sum(connection, tables));
    }

    private static List<string> Inconsistencies(SqliteConnection connection)
    {
        var leadOfRow = new Dictionary<long, string>();
        var eventsOfLead = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var events = Query(connection, "SELECT rowid, lead_id FROM lead_events"))
        {
            while (events.Read())
            {
                leadOfRow[events.GetInt64(0)] = events.GetString(1);
                eventsOfLead[events.GetString(1)] = eventsOfLead.GetValueOrDefault(events.GetString(1)) + 1;
            }
        }

        var problems = new List<string>();
        using var leads = Query(connection, "SELECT lead_id, event_count, event_rowids FROM leads");
        while (leads.Read())
        {
            var lead = leads.GetString(0);
            var rowIds = (leads.IsDBNull(2) ? "" : leads.GetString(2)).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => long.Parse(r, CultureInfo.InvariantCulture)).ToList();
            var logged = eventsOfLead.Remove(lead, out var n) ? n : 0;
            if (leads.GetInt32(1) != logged || rowIds.Count != logged || rowIds.Distinct().Count() != logged || rowIds.Any(r => leadOfRow.GetValueOrDefault(r) != lead))
            {
                problems.Add($"lead {lead}: event_count {leads.GetInt32(1)}, {rowIds.Count} rowids listed, {logged} events logged");
            }
        }

        problems.AddRange(eventsOfLead.Select(e => $"lead {e.Key}: {e.Value} events logged and no lead row"));
        return problems;
    }

    private static string Sum(SqliteConnection connection, HashSet<string> tables)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (table, orderBy, skip) in Checksummed.Where(t => tables.Contains(t.Table)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"[{table}]"));
            using var rows = Query(connection, $"SELECT * FROM {table} ORDER BY {orderBy}");
            var kept = Enumerable.Range(0, rows.FieldCount).Where(i => !skip.Contains(rows.GetName(i))).ToList();
            while (rows.Read())
            {
                foreach (var i in kept)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(rows.IsDBNull(i) ? "\u0000|" : Convert.ToString(rows.GetValue(i), CultureInfo.InvariantCulture) + "|"));
                }
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static SqliteDataReader Query(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteReader(System.Data.CommandBehavior.Default);
    }

    private static List<T> Column<T>(SqliteConnection connection, string sql)
    {
        using var reader = Query(connection, sql);
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
