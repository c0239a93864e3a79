using System.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Storage.Database;

namespace Pactum.Storage.Leads;

/// <summary>Reads the lead projection: lists with filters, one lead, the values to filter by.</summary>
public sealed class LeadStore(SqliteDatabase database)
{
    /// <summary>The leads matching <paramref name="query"/>, most recently handed off (then created) first.</summary>
    public LeadPage List(LeadQuery query)
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        var where = Where(query, command);
        command.CommandText = $"SELECT COUNT(*) FROM leads{where}";
        var total = (long)command.ExecuteScalar()!;

        command.CommandText = $"SELECT {LeadRows.ReadColumns} FROM leads{where} " +
            "ORDER BY COALESCE(first_handoff_ticks, created_ticks, last_ticks) DESC, lead_id LIMIT $take OFFSET $skip";
        command.Parameters.AddWithValue("$take", Math.Clamp(query.Take, 1, 1000));
        command.Parameters.AddWithValue("$skip", Math.Max(0, query.Skip));
        using var reader = command.ExecuteReader();
        var leads = new List<LeadSummary>();
        while (reader.Read())
        {
            leads.Add(LeadRows.Read(reader));
        }

        return new LeadPage(leads, total);
    }

    /// <summary>One lead, projected from all its events (history, attempts, anomalies), or null when no event names it.</summary>
    public Lead? Find(string leadId) => Story(leadId)?.Lead;

    /// <summary>One lead with the events it is made of, read once, or null when no event names it.</summary>
    public LeadStory? Story(string leadId)
    {
        using var connection = database.Connect();
        var events = EventRows.Of(connection, leadId);
        return events.Count == 0 ? null : new LeadStory(LeadProjection.Project(leadId, events.Select(r => r.Event)), events);
    }

    /// <summary>How many leads have each status (every status, zero included).</summary>
    public IReadOnlyDictionary<LeadStatus, long> CountByStatus(LeadQuery query)
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT status, COUNT(*) FROM leads{Where(query with { Status = null }, command)} GROUP BY status";
        var counts = Enum.GetValues<LeadStatus>().ToDictionary(s => s, _ => 0L);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (LeadNames.TryParse(reader.GetString(0), out LeadStatus status))
            {
                counts[status] = reader.GetInt64(1);
            }
        }

        return counts;
    }

    /// <summary>The owners, sources and personas found on leads, for filter choices.</summary>
    public LeadFilterValues FilterValues()
    {
        using var connection = database.Connect();
        return new LeadFilterValues(Distinct(connection, "owner"), Distinct(connection, "source"), Distinct(connection, "persona"));
    }

    private static List<string> Distinct(SqliteConnection connection, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT DISTINCT {column} FROM leads WHERE {column} IS NOT NULL ORDER BY {column} LIMIT 500";
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static string Where(LeadQuery query, SqliteCommand command)
    {
        var conditions = new StringBuilder();
        void And(string condition, string name, object value)
        {
            conditions.Append(conditions.Length == 0 ? " WHERE " : " AND ").Append(condition);
            command.Parameters.AddWithValue(name, value);
        }

        if (query.Status is { } status)
        {
            And("status = $status", "$status", LeadNames.Of(status));
        }

        if (query.Owner is { Length: > 0 } owner)
        {
            And("owner = $owner", "$owner", owner);
        }

        if (query.Source is { Length: > 0 } source)
        {
            And("source = $source", "$source", source);
        }

        if (query.Persona is { Length: > 0 } persona)
        {
            And("persona = $persona", "$persona", persona);
        }

        if (query.HandedOffFrom is not null || query.HandedOffTo is not null)
        {
            // Any hand-off in the span counts (a lead handed off again in a later month is that month's too, SPEC I5).
            And("lead_id IN (SELECT lead_id FROM lead_handoffs WHERE handed_off_ticks >= $from AND handed_off_ticks < $to)", "$from",
                (query.HandedOffFrom ?? Instant.MinValue).ToUnixTimeTicks());
            command.Parameters.AddWithValue("$to", (query.HandedOffTo ?? Instant.MaxValue).ToUnixTimeTicks());
        }

        if (query.AnomaliesOnly)
        {
            And("anomalies > $none", "$none", 0);
        }

        return conditions.ToString();
    }
}
