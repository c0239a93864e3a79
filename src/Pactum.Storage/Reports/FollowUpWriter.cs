using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;
using Pactum.Domain.Reports;
using Pactum.Storage.Database;
using Pactum.Storage.Leads;

namespace Pactum.Storage.Reports;

/// <summary>
/// Keeps what reports read of each lead's follow-up, in the connection's open transaction: its rows in
/// <c>lead_handoffs</c> (one per hand-off) and its share of the daily aggregates in <c>report_days</c> for every
/// reporting zone (<see cref="LeadFollowUp.Days"/>). <see cref="Change"/> takes a lead's follow-up before and after a
/// save: its rows are rewritten when its hand-offs or owner changed, and its old share is taken away and the new one
/// added in memory; <see cref="Flush"/> writes the sums, one upsert per (zone, day, owner), before the transaction
/// commits.
/// </summary>
internal sealed class FollowUpWriter : IDisposable
{
    /// <summary>The columns of a lead row its follow-up is read from (<see cref="FollowUpAt"/>).</summary>
    private const string FollowUpColumns = "owner, hand_offs, connected_ticks IS NOT NULL, attempts";

    /// <summary>The follow-up of the stored lead ?1: its owner, hand-offs, whether it is connected and its attempts.</summary>
    public const string StoredFollowUp = $"SELECT {FollowUpColumns} FROM leads WHERE lead_id = ?1";

    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Iso;

    private readonly IReadOnlyList<DateTimeZone>? _fixedZones;
    private readonly SqliteStatement _readZones;
    private readonly SqliteStatement _deleteRows;
    private readonly SqliteStatement _insertRow;
    private readonly SqliteStatement _addToDay;
    private readonly Dictionary<(string Zone, LocalDate Day, string Owner), HandOffDay> _pending = [];
    private IReadOnlyList<DateTimeZone>? _zones;

    /// <summary>
    /// A writer for <paramref name="zones"/>, or for the reporting zones stored (read again in each transaction, after
    /// its first write, so a zone tracked meanwhile is not missed) when none are given.
    /// </summary>
    public FollowUpWriter(SqliteConnection connection, IReadOnlyList<DateTimeZone>? zones = null)
    {
        _fixedZones = zones;
        _readZones = new SqliteStatement(connection, "SELECT zone FROM report_zones ORDER BY zone");
        _deleteRows = new SqliteStatement(connection, "DELETE FROM lead_handoffs WHERE lead_id = ?1");
        _insertRow = new SqliteStatement(connection,
            "INSERT INTO lead_handoffs (lead_id, handed_off_ticks, previous_ticks, first_attempt_ticks, owner) VALUES (?1, ?2, ?3, ?4, ?5) " +
            "ON CONFLICT (lead_id, handed_off_ticks) DO NOTHING"); // a second hand-off at the same instant is never the first of a month
        _addToDay = new SqliteStatement(connection,
            "INSERT INTO report_days (zone, day, owner, handed_off, touched, speed_ticks, unconnected, unconnected_attempts, unconnected_worked) " +
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (zone, day, owner) DO UPDATE SET " +
            "handed_off = handed_off + excluded.handed_off, touched = touched + excluded.touched, speed_ticks = speed_ticks + excluded.speed_ticks, " +
            "unconnected = unconnected + excluded.unconnected, unconnected_attempts = unconnected_attempts + excluded.unconnected_attempts, " +
            "unconnected_worked = unconnected_worked + excluded.unconnected_worked");
    }

    /// <summary>
    /// Records that lead <paramref name="leadId"/> now follows <paramref name="after"/> instead of
    /// <paramref name="before"/>: null when the lead's row is new (<paramref name="newRow"/>: it has no hand-off rows
    /// either), or when its old share is not known (its rows are replaced and the aggregates rebuilt afterwards).
    /// </summary>
    public void Change(string leadId, LeadFollowUp? before, LeadFollowUp after, bool newRow = false)
    {
        if (after.Equals(before))
        {
            return;
        }

        if (before is null || !before.HandOffs.Equals(after.HandOffs) || before.Owner != after.Owner)
        {
            ReplaceRows(leadId, newRow || before is { HandOffs.Count: 0 }, after);
        }

        if (before is not null)
        {
            Count(before, -1);
        }

        Count(after, 1);
    }

    /// <summary>Adds <paramref name="followUp"/>'s share of every day (<paramref name="sign"/> −1 takes it away).</summary>
    public void Count(LeadFollowUp followUp, int sign)
    {
        if (followUp.HandOffs.Count == 0)
        {
            return;
        }

        _zones ??= _fixedZones ?? StoredZones();
        foreach (var zone in _zones)
        {
            foreach (var share in followUp.Days(zone))
            {
                var key = (zone.Id, share.Day, share.Owner);
                _pending[key] = _pending.TryGetValue(key, out var sum) ? sum.Plus(share, sign) : HandOffDay.Empty(share.Day, share.Owner).Plus(share, sign);
            }
        }
    }

    /// <summary>Writes the sums added since the last flush to the daily aggregates.</summary>
    public void Flush()
    {
        foreach (var ((zone, day, owner), sum) in _pending)
        {
            if (sum.IsEmpty)
            {
                continue;
            }

            _addToDay.Bind(1, zone);
            _addToDay.Bind(2, DayPattern.Format(day));
            _addToDay.Bind(3, owner);
            _addToDay.Bind(4, sum.HandedOff);
            _addToDay.Bind(5, sum.Touched);
            _addToDay.Bind(6, sum.SpeedTotal.BclCompatibleTicks);
            _addToDay.Bind(7, sum.Unconnected);
            _addToDay.Bind(8, sum.UnconnectedAttempts);
            _addToDay.Bind(9, sum.UnconnectedWorked);
            _addToDay.Execute();
        }

        _pending.Clear();
        _zones = null;
    }

    /// <summary>Reads the follow-up of the stored lead through a <see cref="StoredFollowUp"/> statement; null when there is no row.</summary>
    public static LeadFollowUp? Read(SqliteStatement storedFollowUp, string leadId)
    {
        storedFollowUp.Bind(1, leadId);
        var followUp = storedFollowUp.Read() ? FollowUpAt(storedFollowUp) : null;
        storedFollowUp.Reset();
        return followUp;
    }

    /// <summary>
    /// Fills the daily aggregates of <paramref name="zones"/> from every stored lead (the caller has cleared what they
    /// held), in the connection's open transaction.
    /// </summary>
    public static void Backfill(SqliteConnection connection, IReadOnlyList<DateTimeZone> zones)
    {
        using var writer = new FollowUpWriter(connection, zones);
        using (var leads = new SqliteStatement(connection, $"SELECT {FollowUpColumns} FROM leads WHERE hand_offs IS NOT NULL"))
        {
            while (leads.Read())
            {
                writer.Count(FollowUpAt(leads), 1);
            }

            leads.Reset();
        }

        writer.Flush();
    }

    private List<DateTimeZone> StoredZones()
    {
        var zones = new List<DateTimeZone>();
        while (_readZones.Read())
        {
            zones.Add(DateTimeZoneProviders.Tzdb[_readZones.Text(0)!]);
        }

        _readZones.Reset();
        return zones;
    }

    // The follow-up in the current row of a statement selecting FollowUpColumns.
    private static LeadFollowUp FollowUpAt(SqliteStatement row) =>
        new(row.Text(0), HandOffColumn.Parse(row.Text(1)), row.Int64(2) != 0, (int)row.Int64(3));

    private void ReplaceRows(string leadId, bool noRowsStored, LeadFollowUp after)
    {
        if (!noRowsStored)
        {
            _deleteRows.Bind(1, leadId);
            _deleteRows.Execute();
        }

        long? previous = null;
        foreach (var handOff in after.HandOffs)
        {
            var ticks = handOff.At.ToUnixTimeTicks();
            _insertRow.Bind(1, leadId);
            _insertRow.Bind(2, ticks);
            _insertRow.Bind(3, previous);
            _insertRow.Bind(4, handOff.FirstAttempt?.ToUnixTimeTicks());
            _insertRow.Bind(5, after.Owner);
            _insertRow.Execute();
            previous = ticks;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _deleteRows.Dispose();
        _insertRow.Dispose();
        _addToDay.Dispose();
        _readZones.Dispose();
    }
}
