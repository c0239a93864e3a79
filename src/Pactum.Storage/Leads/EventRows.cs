using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Storage.Database;
using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>How a lead event is laid out in the <c>lead_events</c> table, both ways.</summary>
internal static class EventRows
{
    public const string Columns = "event_id, lead_id, type, occurred_ticks, received_ticks, source, owner, persona, amount, channel, outcome, reason, asset, score, track, activity, role, seniority, buying_role, employees, region";

    public static readonly string[] Parameters = Columns.Split(", ").Select(c => "$" + c).ToArray();

    /// <summary>The event at rowid <c>?1</c>.</summary>
    public const string AtRowId = $"SELECT {Columns} FROM lead_events WHERE rowid = ?1";

    /// <summary>The rowids of the events of lead <c>?1</c>, as its projection row lists them (see <see cref="EventRowIds"/>).</summary>
    public const string RowIdsOfLead = "SELECT event_rowids FROM leads WHERE lead_id = ?1";

    /// <summary>Every event of <paramref name="leadId"/>, in projection order.</summary>
    public static List<RecordedEvent> Of(SqliteConnection connection, string leadId)
    {
        using var rowIdsOfLead = new SqliteStatement(connection, RowIdsOfLead);
        using var atRowId = new SqliteStatement(connection, AtRowId);
        return AtRowIds(atRowId, StoredRowIds(rowIdsOfLead, leadId));
    }

    /// <summary>The rowid list stored for <paramref name="leadId"/> by a <see cref="RowIdsOfLead"/> statement; null when the lead has no row.</summary>
    public static string? StoredRowIds(SqliteStatement rowIdsOfLead, string leadId)
    {
        rowIdsOfLead.Bind(1, leadId);
        var rowIds = rowIdsOfLead.Read() ? rowIdsOfLead.Text(0) ?? "" : null;
        rowIdsOfLead.Reset();
        return rowIds;
    }

    /// <summary>The events at <paramref name="rowIds"/> (see <see cref="EventRowIds"/>), in projection order, read by an <see cref="AtRowId"/> statement.</summary>
    public static List<RecordedEvent> AtRowIds(SqliteStatement atRowId, string? rowIds)
    {
        var events = new List<RecordedEvent>();
        foreach (var rowId in EventRowIds.Parse(rowIds))
        {
            atRowId.Bind(1, rowId);
            events.AddRange(ReadAll(atRowId));
        }

        events.Sort((a, b) => LeadEvent.Compare(a.Event, b.Event));
        return events;
    }

    /// <summary>Binds <paramref name="e"/> to a statement whose parameters are <see cref="Parameters"/>, in order.</summary>
    public static void Bind(SqliteStatement statement, LeadEvent e, Instant receivedAt)
    {
        statement.Bind(1, e.EventId);
        statement.Bind(2, e.LeadId);
        statement.Bind(3, e.Type.ToText());
        statement.Bind(4, e.OccurredAt.ToUnixTimeTicks());
        statement.Bind(5, receivedAt.ToUnixTimeTicks());
        statement.Bind(6, e.Source);
        statement.Bind(7, e.Owner);
        statement.Bind(8, e.Persona);
        statement.Bind(9, e.Amount?.ToString(CultureInfo.InvariantCulture));
        statement.Bind(10, e.Channel);
        statement.Bind(11, e.Outcome);
        statement.Bind(12, e.Reason);
        statement.Bind(13, e.Asset);
        statement.Bind(14, e.Score?.ToString(CultureInfo.InvariantCulture));
        statement.Bind(15, e.Track);
        statement.Bind(16, e.Activity);
        statement.Bind(17, e.Role);
        statement.Bind(18, e.Seniority);
        statement.Bind(19, e.BuyingRole);
        statement.Bind(20, (long?)e.Employees);
        statement.Bind(21, e.Region);
    }

    /// <summary>The event in the current row of a statement selecting <see cref="Columns"/>.</summary>
    public static RecordedEvent Read(SqliteStatement r)
    {
        LeadEventTypes.TryParse(r.Text(2), out var type, out _);
        var e = new LeadEvent
        {
            EventId = r.Text(0)!,
            LeadId = r.Text(1)!,
            Type = type,
            OccurredAt = Instant.FromUnixTimeTicks(r.Int64(3)),
            Source = r.Text(5),
            Owner = r.Text(6),
            Persona = r.Text(7),
            Amount = Number(r, 8),
            Channel = r.Text(9),
            Outcome = r.Text(10),
            Reason = r.Text(11),
            Asset = r.Text(12),
            Score = Number(r, 13),
            Track = r.Text(14),
            Activity = r.Text(15),
            Role = r.Text(16),
            Seniority = r.Text(17),
            BuyingRole = r.Text(18),
            Employees = (int?)r.Int64OrNull(19),
            Region = r.Text(20),
        };
        return new RecordedEvent(e, Instant.FromUnixTimeTicks(r.Int64(4)));
    }

    /// <summary>Every row <paramref name="statement"/> selects, as events (the statement is reset after).</summary>
    public static List<RecordedEvent> ReadAll(SqliteStatement statement)
    {
        var events = new List<RecordedEvent>();
        while (statement.Read())
        {
            events.Add(Read(statement));
        }

        statement.Reset();
        return events;
    }

    private static decimal? Number(SqliteStatement r, int i) =>
        r.Text(i) is { } text ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) : null;
}
