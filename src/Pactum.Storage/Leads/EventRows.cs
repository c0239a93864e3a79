using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>How a lead event is laid out in the <c>lead_events</c> table, both ways.</summary>
internal static class EventRows
{
    public const string Columns = "event_id, lead_id, type, occurred_ticks, received_ticks, source, owner, persona, amount, channel, outcome, reason, asset, score, track";

    public static readonly string[] Parameters = Columns.Split(", ").Select(c => "$" + c).ToArray();

    /// <summary>Every event of the lead <c>$lead</c>, in projection order (occurred-at, then event ID).</summary>
    public const string OfLead = $"SELECT {Columns} FROM lead_events WHERE lead_id = $lead ORDER BY occurred_ticks, event_id";

    /// <summary>Every event of <paramref name="leadId"/>, in projection order.</summary>
    public static List<RecordedEvent> Of(SqliteConnection connection, string leadId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = OfLead;
        command.Parameters.AddWithValue("$lead", leadId);
        return ReadAll(command);
    }

    /// <summary>Sets the parameters of <paramref name="command"/> (made with <see cref="Parameters"/>) to <paramref name="e"/>.</summary>
    public static void Bind(SqliteCommand command, LeadEvent e, Instant receivedAt)
    {
        var p = command.Parameters;
        p[0].Value = e.EventId;
        p[1].Value = e.LeadId;
        p[2].Value = e.Type.ToText();
        p[3].Value = e.OccurredAt.ToUnixTimeTicks();
        p[4].Value = receivedAt.ToUnixTimeTicks();
        p[5].Value = (object?)e.Source ?? DBNull.Value;
        p[6].Value = (object?)e.Owner ?? DBNull.Value;
        p[7].Value = (object?)e.Persona ?? DBNull.Value;
        p[8].Value = e.Amount is { } amount ? amount.ToString(CultureInfo.InvariantCulture) : DBNull.Value;
        p[9].Value = (object?)e.Channel ?? DBNull.Value;
        p[10].Value = (object?)e.Outcome ?? DBNull.Value;
        p[11].Value = (object?)e.Reason ?? DBNull.Value;
        p[12].Value = (object?)e.Asset ?? DBNull.Value;
        p[13].Value = e.Score is { } score ? score.ToString(CultureInfo.InvariantCulture) : DBNull.Value;
        p[14].Value = (object?)e.Track ?? DBNull.Value;
    }

    /// <summary>Adds one parameter per column to <paramref name="command"/>.</summary>
    public static void Declare(SqliteCommand command)
    {
        foreach (var name in Parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
    }

    /// <summary>The event in the current row of a reader selecting <see cref="Columns"/>.</summary>
    public static RecordedEvent Read(SqliteDataReader r)
    {
        LeadEventTypes.TryParse(r.GetString(2), out var type, out _);
        var e = new LeadEvent
        {
            EventId = r.GetString(0),
            LeadId = r.GetString(1),
            Type = type,
            OccurredAt = Instant.FromUnixTimeTicks(r.GetInt64(3)),
            Source = Text(r, 5),
            Owner = Text(r, 6),
            Persona = Text(r, 7),
            Amount = Number(r, 8),
            Channel = Text(r, 9),
            Outcome = Text(r, 10),
            Reason = Text(r, 11),
            Asset = Text(r, 12),
            Score = Number(r, 13),
            Track = Text(r, 14),
        };
        return new RecordedEvent(e, Instant.FromUnixTimeTicks(r.GetInt64(4)));
    }

    /// <summary>Every row <paramref name="command"/> selects, as events.</summary>
    public static List<RecordedEvent> ReadAll(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var events = new List<RecordedEvent>();
        while (reader.Read())
        {
            events.Add(Read(reader));
        }

        return events;
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static decimal? Number(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : decimal.Parse(r.GetString(i), NumberStyles.Number, CultureInfo.InvariantCulture);
}
