using Microsoft.Data.Sqlite;
using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>How a projected lead is laid out in the <c>leads</c> table.</summary>
internal static class LeadRows
{
    public static readonly string[] Parameters =
    [
        "$lead_id", "$stage", "$status", "$owner", "$source", "$persona", "$created_ticks", "$first_handoff_ticks",
        "$anomalies", "$event_count", "$last_ticks", "$last_event_id",
    ];

    public static readonly string Upsert =
        $"INSERT INTO leads ({string.Join(", ", Parameters.Select(p => p[1..]))}) VALUES ({string.Join(", ", Parameters)}) " +
        $"ON CONFLICT (lead_id) DO UPDATE SET {string.Join(", ", Parameters.Skip(1).Select(p => $"{p[1..]} = excluded.{p[1..]}"))}";

    public static void Bind(SqliteCommand command, Lead lead)
    {
        var p = command.Parameters;
        p[0].Value = lead.LeadId;
        p[1].Value = LeadNames.Of(lead.Stage);
        p[2].Value = LeadNames.Of(lead.Status);
        p[3].Value = (object?)lead.Owner ?? DBNull.Value;
        p[4].Value = (object?)lead.Source ?? DBNull.Value;
        p[5].Value = (object?)lead.Persona ?? DBNull.Value;
        p[6].Value = lead.CreatedAt is { } created ? created.ToUnixTimeTicks() : DBNull.Value;
        p[7].Value = lead.FirstHandOff is { } handOff ? handOff.ToUnixTimeTicks() : DBNull.Value;
        p[8].Value = lead.Anomalies.Count;
        p[9].Value = lead.EventCount;
        p[10].Value = lead.LastOccurredAt.ToUnixTimeTicks();
        p[11].Value = lead.LastEventId;
    }
}
