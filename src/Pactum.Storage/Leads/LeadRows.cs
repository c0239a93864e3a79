using Pactum.Storage.Database;
using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>How a projected lead is laid out in the <c>leads</c> table.</summary>
internal static class LeadRows
{
    /// <summary>The columns, in the order <see cref="Bind"/> numbers them (?1 … ?13).</summary>
    public static readonly string[] Columns =
    [
        "lead_id", "stage", "status", "owner", "source", "persona", "created_ticks", "first_handoff_ticks",
        "anomalies", "event_count", "last_ticks", "last_event_id", "event_rowids",
    ];

    private static readonly string Values = string.Join(", ", Columns.Select((_, i) => $"?{i + 1}"));

    /// <summary>The summary's columns set from ?2 … ?12 (all but the lead's ID and its event rowids).</summary>
    private static readonly string SummaryAssignments = string.Join(", ", Columns[1..^1].Select((c, i) => $"{c} = ?{i + 2}"));

    /// <summary>Inserts the lead, or replaces the stored one.</summary>
    public static readonly string Upsert =
        $"INSERT INTO leads ({string.Join(", ", Columns)}) VALUES ({Values}) ON CONFLICT (lead_id) DO UPDATE SET {SummaryAssignments}, event_rowids = ?13";

    /// <summary>Inserts the lead only when none is stored (one row changed, or none).</summary>
    public static readonly string InsertNew = $"INSERT INTO leads ({string.Join(", ", Columns)}) VALUES ({Values}) ON CONFLICT (lead_id) DO NOTHING";

    /// <summary>
    /// Continues the stored lead only while it has ?14 events (the log is append-only, so an equal count means no other
    /// writer added any): its summary is replaced and ?13, the rowids of the events added since, is appended to its
    /// list (one row changed, or none).
    /// </summary>
    public static readonly string ContinueFrom =
        $"UPDATE leads SET {SummaryAssignments}, event_rowids = event_rowids || ',' || ?13 WHERE lead_id = ?1 AND event_count = ?14";

    private static readonly Dictionary<LifecycleStage, string> StageNames = Enum.GetValues<LifecycleStage>().ToDictionary(s => s, LeadNames.Of);
    private static readonly Dictionary<LeadStatus, string> StatusNames = Enum.GetValues<LeadStatus>().ToDictionary(s => s, LeadNames.Of);

    /// <summary>
    /// Binds <paramref name="lead"/> and the rowids of its events (<see cref="EventRowIds"/>) to ?1 … ?13 of a
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
        statement.Bind(13, eventRowIds);
    }
}
