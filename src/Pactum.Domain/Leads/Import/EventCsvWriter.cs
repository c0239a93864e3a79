using System.Globalization;
using Pactum.Domain.Time;

namespace Pactum.Domain.Leads.Import;

/// <summary>
/// Writes lead events as the generic events CSV (SPEC I4) that <c>pactum import events</c> reads: a header row, then
/// one row per event. The columns are I4's eleven plus <c>asset</c>, <c>score</c>, <c>track</c> and the scoring
/// columns <c>activity</c>, <c>role</c>, <c>seniority</c>, <c>buying_role</c>, <c>employees</c>, <c>region</c>, which Pactum also reads.
/// </summary>
/// <remarks>
/// <para>Cells: the type in snake case (<c>handed_off</c>); instants as ISO-8601 UTC with <c>Z</c>
/// (<see cref="InstantText.Format"/>); decimals in the invariant culture (<c>123.45</c>); absent values empty.</para>
/// <para>RFC 4180: rows end with CRLF; a cell containing a comma, a double quote, CR or LF is enclosed in double quotes
/// with its double quotes doubled. Cells are written as they are: this file is for machines, so nothing is done
/// against formula injection (exports for spreadsheets guard against it, SPEC R9).</para>
/// </remarks>
public static class EventCsvWriter
{
    private const string RowEnd = "\r\n";

    /// <summary>The header names, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["event_id", "lead_id", "type", "occurred_at", "source", "owner", "persona", "amount", "channel", "outcome", "reason", "asset", "score", "track", "activity", "role", "seniority", "buying_role", "employees", "region"];

    /// <summary>Writes the header row and a row for each event, in the order given; returns the number of events written.</summary>
    public static long Write(TextWriter writer, IEnumerable<LeadEvent> events)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        WriteHeader(writer);
        long count = 0;
        foreach (var leadEvent in events)
        {
            WriteRow(writer, leadEvent);
            count++;
        }

        return count;
    }

    /// <summary>Writes the header row (<see cref="Columns"/>).</summary>
    public static void WriteHeader(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', Columns));
        writer.Write(RowEnd);
    }

    /// <summary>Writes one event as a row, in <see cref="Columns"/> order.</summary>
    public static void WriteRow(TextWriter writer, LeadEvent leadEvent)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(leadEvent);
        Cell(writer, leadEvent.EventId, first: true);
        Cell(writer, leadEvent.LeadId);
        Cell(writer, leadEvent.Type.ToText());
        Cell(writer, InstantText.Format(leadEvent.OccurredAt));
        Cell(writer, leadEvent.Source);
        Cell(writer, leadEvent.Owner);
        Cell(writer, leadEvent.Persona);
        Cell(writer, leadEvent.Amount?.ToString(CultureInfo.InvariantCulture));
        Cell(writer, leadEvent.Channel);
        Cell(writer, leadEvent.Outcome);
        Cell(writer, leadEvent.Reason);
        Cell(writer, leadEvent.Asset);
        Cell(writer, leadEvent.Score?.ToString(CultureInfo.InvariantCulture));
        Cell(writer, leadEvent.Track);
        Cell(writer, leadEvent.Activity);
        Cell(writer, leadEvent.Role);
        Cell(writer, leadEvent.Seniority);
        Cell(writer, leadEvent.BuyingRole);
        Cell(writer, leadEvent.Employees?.ToString(CultureInfo.InvariantCulture));
        Cell(writer, leadEvent.Region);
        writer.Write(RowEnd);
    }

    /// <summary>The cell as RFC 4180 writes it: quoted (with quotes doubled) when it holds a comma, quote, CR or LF.</summary>
    public static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value ?? "";
        }

        return $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static void Cell(TextWriter writer, string? value, bool first = false)
    {
        if (!first)
        {
            writer.Write(',');
        }

        writer.Write(Quote(value));
    }
}
