using Microsoft.Data.Sqlite;
using NodaTime;
using Pactum.Storage.Database;
using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>How a projected lead is laid out in the <c>leads</c> table.</summary>
internal static class LeadRows
{
    /// <summary>
    /// The version of the projection this code writes: rows of an older one are re-projected from their events when
    /// the database is opened (<see cref="LeadReprojection"/>). 1: with the milestones reports count; 2: with every
    /// hand-off (<see cref="HandOffColumn"/>).
    /// </summary>
    public const int ProjectedVersion = 2;

    /// <summary>The columns, in the order <see cref="Bind"/> numbers them (?1 … ?<see cref="RowIdsParameter"/>).</summary>
    public static readonly string[] Columns =
    [
        "lead_id", "stage", "status", "owner", "source", "persona", "created_ticks", "first_handoff_ticks",
        "anomalies", "event_count", "last_ticks", "last_event_id",
        "mql_ticks", "sql_ticks", "asset", "first_attempt_ticks", "attempts", "connected_ticks", "decision", "decision_ticks",
        "decision_reason", "recycle_ticks", "recycle_reason", "nurture_track", "deal", "deal_ticks", "deal_amount",
        "hand_offs", "projected_version", "event_rowids",
    ];

    /// <summary>The parameter holding the rowids of the lead's events (the last column).</summary>
    public static readonly int RowIdsParameter = Columns.Length;

    /// <summary>The first parameter after the columns (<see cref="ContinueFrom"/>'s expected event count).</summary>
    public static readonly int StoredCountParameter = Columns.Length + 1;

    private static readonly string Values = string.Join(", ", Columns.Select((_, i) => $"?{i + 1}"));

    /// <summary>The summary's columns set from their parameters (all but the lead's ID and its event rowids).</summary>
    private static readonly string SummaryAssignments = string.Join(", ", Columns[1..^1].Select((c, i) => $"{c} = ?{i + 2}"));

    /// <summary>Inserts the lead, or replaces the stored one.</summary>
    public static readonly string Upsert =
        $"INSERT INTO leads ({string.Join(", ", Columns)}) VALUES ({Values}) ON CONFLICT (lead_id) DO UPDATE SET {SummaryAssignments}, event_rowids = ?{RowIdsParameter}";

    /// <summary>Inserts the lead only when none is stored (one row changed, or none).</summary>
    public static readonly string InsertNew = $"INSERT INTO leads ({string.Join(", ", Columns)}) VALUES ({Values}) ON CONFLICT (lead_id) DO NOTHING";

    /// <summary>
    /// Continues the stored lead only while it has ?<see cref="StoredCountParameter"/> events (the log is append-only, so
    /// an equal count means no other writer added any): its summary is replaced and the rowids of the events added since
    /// are appended to its list (one row changed, or none).
    /// </summary>
    public static readonly string ContinueFrom =
        $"UPDATE leads SET {SummaryAssignments}, event_rowids = event_rowids || ',' || ?{RowIdsParameter} WHERE lead_id = ?1 AND event_count = ?{StoredCountParameter}";

    private static readonly Dictionary<LifecycleStage, string> StageNames = Enum.GetValues<LifecycleStage>().ToDictionary(s => s, LeadNames.Of);
    private static readonly Dictionary<LeadStatus, string> StatusNames = Enum.GetValues<LeadStatus>().ToDictionary(s => s, LeadNames.Of);

    /// <summary>
    /// Binds <paramref name="lead"/> and the rowids of its events (<see cref="EventRowIds"/>) to the parameters of a
    /// statement, in <see cref="Columns"/> order.
    /// </summary>
    public static void Bind(SqliteStatement statement, LeadSummary lead, string eventRowIds)
    {
        statement.Bind(1, lead.LeadId);
        statement.Bind(2, StageNames[lead.Stage]);
        statement.Bind(3, StatusNames[lead.Status]);
        statement.Bind(4, lead.Owner);
        statement.Bind(5, lead.Source);
        statement.Bind(6, lead.Persona);
        statement.Bind(7, lead.CreatedAt?.ToUnixTimeTicks());
        statement.Bind(8, lead.FirstHandOff?.ToUnixTimeTicks());
        statement.Bind(9, lead.Anomalies);
        statement.Bind(10, lead.Events);
        statement.Bind(11, lead.LastEventAt.ToUnixTimeTicks());
        statement.Bind(12, lead.LastEventId);
        var m = lead.Milestones;
        statement.Bind(13, m.MqlAt?.ToUnixTimeTicks());
        statement.Bind(14, m.SqlAt?.ToUnixTimeTicks());
        statement.Bind(15, m.Asset);
        statement.Bind(16, m.FirstAttempt?.ToUnixTimeTicks());
        statement.Bind(17, m.Attempts);
        statement.Bind(18, m.ConnectedAt?.ToUnixTimeTicks());
        statement.Bind(19, m.Decision is { } decision ? (decision.Accepted ? Accepted : Rejected) : null);
        statement.Bind(20, m.Decision?.At.ToUnixTimeTicks());
        statement.Bind(21, m.Decision?.Reason);
        statement.Bind(22, m.Recycle?.At.ToUnixTimeTicks());
        statement.Bind(23, m.Recycle?.Reason);
        statement.Bind(24, m.NurtureTrack);
        statement.Bind(25, m.Deal is { } deal ? (deal.Won ? Won : Lost) : null);
        statement.Bind(26, m.Deal?.At.ToUnixTimeTicks());
        statement.Bind(27, m.Deal?.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        statement.Bind(28, HandOffColumn.Format(m.HandOffs));
        statement.Bind(29, ProjectedVersion);
        statement.Bind(RowIdsParameter, eventRowIds);
    }

    /// <summary>The columns <see cref="Read"/> reads, in order: the summary and its milestones.</summary>
    public static readonly string ReadColumns = string.Join(", ", Columns[..^2]);

    /// <summary>
    /// A lead summary with its milestones from a row of <see cref="ReadColumns"/> (event IDs of the decision, recycle and
    /// deal are not stored: they read as empty).
    /// </summary>
    public static LeadSummary Read(SqliteDataReader r)
    {
        LeadNames.TryParse(r.GetString(1), out LifecycleStage stage);
        LeadNames.TryParse(r.GetString(2), out LeadStatus status);
        var decision = Text(r, 18) is { } d ? new HandOffDecision(d == Accepted, At(r, 19)!.Value, Text(r, 20), "") : null;
        var recycle = At(r, 21) is { } recycledAt ? new Recycle(recycledAt, Text(r, 22), null, "") : null;
        var deal = Text(r, 24) is { } outcome
            ? new DealOutcome(outcome == Won, At(r, 25)!.Value, Text(r, 26) is { } amount ? decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) : null, null, "")
            : null;
        return new LeadSummary(
            r.GetString(0), stage, status, Text(r, 3), Text(r, 4), Text(r, 5), At(r, 6), At(r, 7),
            r.GetInt32(8), r.GetInt32(9), Instant.FromUnixTimeTicks(r.GetInt64(10)), r.GetString(11))
        {
            Milestones = new LeadMilestones(At(r, 12), At(r, 13), Text(r, 14), At(r, 15), r.GetInt32(16), At(r, 17), decision, recycle, Text(r, 23), deal)
            {
                HandOffs = HandOffColumn.Parse(Text(r, 27)),
            },
        };
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static Instant? At(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : Instant.FromUnixTimeTicks(r.GetInt64(i));

    /// <summary>The <c>decision</c> column of an accepted lead.</summary>
    public const string Accepted = "accepted";

    /// <summary>The <c>decision</c> column of a rejected lead.</summary>
    public const string Rejected = "rejected";

    /// <summary>The <c>deal</c> column of a won deal.</summary>
    public const string Won = "won";

    /// <summary>The <c>deal</c> column of a lost deal.</summary>
    public const string Lost = "lost";
}
