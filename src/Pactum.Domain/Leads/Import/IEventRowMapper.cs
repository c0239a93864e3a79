namespace Pactum.Domain.Leads.Import;

/// <summary>Turns the rows of one CSV layout (generic, a CRM's export) into lead events.</summary>
public interface IEventRowMapper
{
    /// <summary>The layout's name as users choose it: <c>generic</c>, <c>hubspot</c>, <c>salesforce</c>.</summary>
    string Format { get; }

    /// <summary>
    /// Every problem with the header row (a required column missing), empty when rows can be read. A file whose header
    /// has problems is refused whole.
    /// </summary>
    IReadOnlyList<string> CheckHeader(IReadOnlyList<string> headers);

    /// <summary>The events one row implies, or why it is rejected. Pure: the same row always maps the same way.</summary>
    RowMapping Map(CsvRow row);
}
