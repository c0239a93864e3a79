using Pactum.Domain.Leads.Import;

namespace Pactum.Server.Features.Leads;

/// <summary>
/// One lead event as the API takes it (JSON, camelCase): the same fields as a row of the generic CSV (SPEC I4), read
/// and checked by the same rules, so an event is valid in the API exactly when it is valid in a file.
/// </summary>
public sealed record EventInput(
    string? EventId,
    string? LeadId,
    string? Type,
    string? OccurredAt,
    string? Source = null,
    string? Owner = null,
    string? Persona = null,
    string? Amount = null,
    string? Channel = null,
    string? Outcome = null,
    string? Reason = null,
    string? Asset = null,
    string? Score = null,
    string? Track = null,
    string? Activity = null,
    string? Role = null,
    string? Seniority = null,
    string? BuyingRole = null,
    string? Employees = null,
    string? Region = null)
{
    /// <summary>The event as a generic CSV row, in the columns files are written with (line 0: it came from no file).</summary>
    public CsvRow ToRow() => CsvRow.Of(0, EventCsvWriter.Columns, [EventId ?? "", LeadId ?? "", Type ?? "", OccurredAt ?? "", Source ?? "", Owner ?? "", Persona ?? "", Amount ?? "", Channel ?? "", Outcome ?? "", Reason ?? "", Asset ?? "", Score ?? "", Track ?? "",
        Activity ?? "", Role ?? "", Seniority ?? "", BuyingRole ?? "", Employees ?? "", Region ?? ""]);
}
