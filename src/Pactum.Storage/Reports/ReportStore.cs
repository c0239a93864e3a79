using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Domain.Leads;
using Pactum.Domain.Reports;
using Pactum.Domain.Time;
using Pactum.Storage.Database;
using Pactum.Storage.Leads;

namespace Pactum.Storage.Reports;

/// <summary>
/// Reads what reports are built from: the daily hand-off aggregates (<c>report_days</c>, kept per reporting zone by the
/// lead writer, <see cref="FollowUpWriter"/>), a month's hand-offs with their first attempts from the index of
/// <c>lead_handoffs</c>, and the lead rows created, handed off, recycled or won in a span. A zone without aggregates (or
/// a filtered report) is counted from the month's hand-off rows, with the same result.
/// </summary>
public sealed class ReportStore(SqliteDatabase database)
{
    /// <summary>The zones daily aggregates are kept for.</summary>
    public IReadOnlyList<string> Zones()
    {
        using var connection = database.Connect();
        return ZonesOf(connection);
    }

    /// <summary>The zones daily aggregates are kept for, read on <paramref name="connection"/> (in <paramref name="transaction"/> when it has one open).</summary>
    internal static IReadOnlyList<string> ZonesOf(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT zone FROM report_zones ORDER BY zone";
        using var reader = command.ExecuteReader();
        var zones = new List<string>();
        while (reader.Read())
        {
            zones.Add(reader.GetString(0));
        }

        return zones;
    }

    /// <summary>Keeps daily aggregates for <paramref name="zone"/> from now on, filled from every lead at once (nothing when already kept).</summary>
    public void Track(DateTimeZone zone)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO report_zones (zone) VALUES ($zone) ON CONFLICT (zone) DO NOTHING";
        command.Parameters.AddWithValue("$zone", zone.Id);
        if (command.ExecuteNonQuery() == 1)
        {
            FollowUpWriter.Backfill(connection, [zone]);
        }

        transaction.Commit();
    }

    /// <summary>
    /// The daily hand-off aggregates of the days of <paramref name="month"/> (in its zone), per owner: read from the
    /// kept aggregates when the zone has them and no filter is set, else counted from the month's hand-off rows.
    /// </summary>
    public IReadOnlyList<HandOffDay> HandOffDays(MonthSpan month, ReportFilter? filter = null)
    {
        filter ??= ReportFilter.All;
        using var connection = database.Connect();
        if (!filter.IsAll || !Tracked(connection, month.Zone))
        {
            var shares = new List<HandOffDay>();
            using var rows = MonthHandOffs(connection, month, filter, "h.handed_off_ticks, h.first_attempt_ticks, h.owner, l.connected_ticks IS NOT NULL, l.attempts", joinLeads: true);
            while (rows.Read())
            {
                var handOff = new LeadHandOff(Instant.FromUnixTimeTicks(rows.Int64(0)), rows.Int64OrNull(1) is { } first ? Instant.FromUnixTimeTicks(first) : null);
                shares.Add(HandOffDay.Of(handOff, rows.SharedText(2), rows.Int64(3) != 0, (int)rows.Int64(4), month.Zone));
            }

            rows.Reset();
            return HandOffDay.Sum(shares);
        }

        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT day, owner, handed_off, touched, speed_ticks, unconnected, unconnected_attempts, unconnected_worked FROM report_days " +
            "WHERE zone = $zone AND day >= $from AND day < $to AND handed_off > 0 ORDER BY day, owner";
        command.Parameters.AddWithValue("$zone", month.Zone.Id);
        command.Parameters.AddWithValue("$from", month.Month.OnDayOfMonth(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", month.Month.PlusMonths(1).OnDayOfMonth(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        using var reader = command.ExecuteReader();
        var days = new List<HandOffDay>();
        while (reader.Read())
        {
            var day = LocalDate.FromDateTime(DateTime.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture));
            days.Add(new HandOffDay(day, reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), Duration.FromTicks(reader.GetInt64(4)),
                reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7)));
        }

        return days;
    }

    /// <summary>Leads handed off on each day of <paramref name="month"/> (index 0 is day 1), each on the day of its first hand-off in the month.</summary>
    public long[] HandedOffPerDay(MonthSpan month, ReportFilter? filter = null)
    {
        var perDay = new long[month.Days];
        foreach (var day in HandOffDays(month, filter))
        {
            perDay[day.Day.Day - 1] += day.HandedOff;
        }

        return perDay;
    }

    /// <summary>
    /// The leads handed off in <paramref name="month"/>, each with its first hand-off in the month and the first attempt
    /// at or after it, read from the hand-off index alone (SPEC I5).
    /// </summary>
    public IReadOnlyList<HandOffTouch> Touches(MonthSpan month, ReportFilter? filter = null)
    {
        using var connection = database.Connect();
        using var rows = MonthHandOffs(connection, month, filter ?? ReportFilter.All, "h.lead_id, h.owner, h.handed_off_ticks, h.first_attempt_ticks", joinLeads: false);
        var touches = new List<HandOffTouch>();
        while (rows.Read())
        {
            touches.Add(new HandOffTouch(
                rows.Text(0)!, rows.SharedText(1), Instant.FromUnixTimeTicks(rows.Int64(2)), rows.Int64OrNull(3) is { } first ? Instant.FromUnixTimeTicks(first) : null));
        }

        rows.Reset();
        return touches;
    }

    /// <summary>The leads whose <paramref name="milestone"/> falls in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IReadOnlyList<LeadSummary> Leads(LeadMilestone milestone, Instant from, Instant to, ReportFilter? filter = null)
    {
        using var connection = database.Connect();
        return Leads(connection, Span(milestone), from, to, filter ?? ReportFilter.All);
    }

    /// <summary>
    /// The runs of clock <paramref name="clockId"/> of <paramref name="agreementId"/> started in [<paramref name="from"/>,
    /// <paramref name="to"/>): each one's state, business time used and whether it stopped.
    /// </summary>
    public IReadOnlyList<(ClockState State, Duration Used, bool Stopped)> ClockRuns(string agreementId, string clockId, Instant from, Instant to)
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, elapsed_ticks, stopped_ticks IS NOT NULL FROM clock_runs " +
            "WHERE agreement_id = $agreement AND clock_id = $clock AND started_ticks >= $from AND started_ticks < $to";
        command.Parameters.AddWithValue("$agreement", agreementId);
        command.Parameters.AddWithValue("$clock", clockId);
        command.Parameters.AddWithValue("$from", from.ToUnixTimeTicks());
        command.Parameters.AddWithValue("$to", to.ToUnixTimeTicks());
        using var reader = command.ExecuteReader();
        var runs = new List<(ClockState, Duration, bool)>();
        while (reader.Read())
        {
            runs.Add((ClockStates.Parse(reader.GetString(0)), Duration.FromTicks(reader.GetInt64(1)), reader.GetBoolean(2)));
        }

        return runs;
    }

    /// <summary>
    /// A statement reading <paramref name="columns"/> of the first hand-off of each lead in <paramref name="month"/>
    /// (alias <c>h</c>; the lead row is <c>l</c>, joined when asked or when the filter needs it); the caller disposes it.
    /// The rows come in index order, by hand-off instant; no ORDER BY, whose sorting of ties costs more than the scan
    /// (the speed report puts equal instants in lead order itself).
    /// </summary>
    private static SqliteStatement MonthHandOffs(SqliteConnection connection, MonthSpan month, ReportFilter filter, string columns, bool joinLeads)
    {
        var where = new StringBuilder("h.handed_off_ticks >= ?1 AND h.handed_off_ticks < ?2 AND (h.previous_ticks IS NULL OR h.previous_ticks < ?1)");
        var values = new List<string>();
        foreach (var (column, value) in new[] { ("h.owner", filter.Owner), ("l.source", filter.Source), ("l.persona", filter.Persona) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                values.Add(value);
                where.Append($" AND {column} = ?{values.Count + 2}");
            }
        }

        var join = joinLeads || !string.IsNullOrEmpty(filter.Source) || !string.IsNullOrEmpty(filter.Persona) ? " JOIN leads l ON l.lead_id = h.lead_id" : "";
        var statement = new SqliteStatement(connection, $"SELECT {columns} FROM lead_handoffs h{join} WHERE {where}");
        statement.Bind(1, month.Start.ToUnixTimeTicks());
        statement.Bind(2, month.End.ToUnixTimeTicks());
        for (var i = 0; i < values.Count; i++)
        {
            statement.Bind(i + 3, values[i]);
        }

        return statement;
    }

    private static bool Tracked(SqliteConnection connection, DateTimeZone zone)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM report_zones WHERE zone = $zone";
        command.Parameters.AddWithValue("$zone", zone.Id);
        return command.ExecuteScalar() is not null;
    }

    private static List<LeadSummary> Leads(SqliteConnection connection, string span, Instant from, Instant to, ReportFilter filter)
    {
        using var command = connection.CreateCommand();
        var where = new StringBuilder(span);
        Filter(command, filter, where);
        command.CommandText = $"SELECT {LeadRows.ReadColumns} FROM leads WHERE {where}";
        command.Parameters.AddWithValue("$from", from.ToUnixTimeTicks());
        command.Parameters.AddWithValue("$to", to.ToUnixTimeTicks());
        using var reader = command.ExecuteReader();
        var leads = new List<LeadSummary>();
        while (reader.Read())
        {
            leads.Add(LeadRows.Read(reader));
        }

        return leads;
    }

    private static void Filter(SqliteCommand command, ReportFilter filter, StringBuilder where)
    {
        foreach (var (column, value) in new[] { ("owner", filter.Owner), ("source", filter.Source), ("persona", filter.Persona) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                where.Append($" AND {column} = ${column}");
                command.Parameters.AddWithValue($"${column}", value);
            }
        }
    }

    // The condition that the milestone falls in [$from, $to).
    private static string Span(LeadMilestone milestone) => milestone switch
    {
        LeadMilestone.Created => "created_ticks >= $from AND created_ticks < $to",
        LeadMilestone.HandedOff => "lead_id IN (SELECT lead_id FROM lead_handoffs WHERE handed_off_ticks >= $from AND handed_off_ticks < $to)",
        LeadMilestone.Recycled => "recycle_ticks >= $from AND recycle_ticks < $to",
        LeadMilestone.DealClosed => "deal_ticks >= $from AND deal_ticks < $to",
        _ => throw new ArgumentOutOfRangeException(nameof(milestone), milestone, null),
    };
}

/// <summary>The moment in a lead's life a report finds leads by.</summary>
public enum LeadMilestone
{
    /// <summary>The lead was created.</summary>
    Created,

    /// <summary>The lead was handed off (for the first time or again).</summary>
    HandedOff,

    /// <summary>The lead was last recycled.</summary>
    Recycled,

    /// <summary>The lead's deal was won or lost.</summary>
    DealClosed,
}
