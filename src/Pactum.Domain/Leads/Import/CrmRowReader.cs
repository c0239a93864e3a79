using NodaTime;
using Pactum.Domain.Time;

namespace Pactum.Domain.Leads.Import;

/// <summary>
/// Reads the cells of one CRM export row, collecting every problem as <c>Column: reason</c> so a rejected row names
/// all of them at once.
/// </summary>
internal sealed class CrmRowReader(CsvRow row, CrmDateFormat dates, DateTimeZone zone)
{
    private readonly List<string> errors = [];

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<string> Errors => errors;

    /// <summary>The trimmed cell, or <see langword="null"/> when absent or blank.</summary>
    public string? Text(string column) => row[column];

    /// <summary>The trimmed cell; when blank, records that it is required and returns an empty string.</summary>
    public string Required(string column)
    {
        var text = row[column];
        if (text is null)
        {
            Problem(column, "is required");
        }

        return text ?? "";
    }

    /// <summary>The instant the cell names, <see langword="null"/> when blank (a problem when <paramref name="required"/>) or unreadable.</summary>
    public Instant? Date(string column, bool required = false)
    {
        var text = required ? Required(column) : row[column];
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (dates.TryParse(text, zone, out var instant, out var outOfRange))
        {
            return instant;
        }

        Problem(column, outOfRange ? SupportedTime.Explain(text) : $"'{text}' does not match the date format {dates.Text}");
        return null;
    }

    /// <summary>What the cell's value means in <paramref name="values"/>; <see langword="default"/> when blank or unknown (a problem).</summary>
    public T? Choice<T>(string column, CrmValueMap<T> values)
    {
        var text = row[column];
        if (text is null)
        {
            return default;
        }

        if (values.TryRead(text, out var meaning, out var error))
        {
            return meaning;
        }

        Problem(column, error);
        return default;
    }

    /// <summary>
    /// The <see cref="LeadSources"/> name the cell means: the CRM's own value from <paramref name="values"/>, else any
    /// spelling <see cref="LeadSources.TryParse"/> reads; <see langword="null"/> when blank or unknown (a problem naming
    /// the CRM's values).
    /// </summary>
    public string? Source(string column, CrmValueMap<string> values)
    {
        var text = row[column];
        if (text is null)
        {
            return null;
        }

        if (values.TryRead(text, out var source, out var error) || LeadSources.TryParse(text, out source, out _))
        {
            return source;
        }

        Problem(column, error);
        return null;
    }

    /// <summary>Records a problem with <paramref name="column"/> that the mapper found itself (e.g. two cells that disagree).</summary>
    public void Problem(string column, string reason) => errors.Add($"{column}: {reason}");

    /// <summary>The row's mapping: rejected with every problem when there is any, otherwise the events <paramref name="events"/> builds.</summary>
    public RowMapping Result(Func<CrmEventList> events)
    {
        if (errors.Count > 0)
        {
            return RowMapping.Rejected(string.Join("; ", errors));
        }

        var built = events();
        return RowMapping.Checked(built.Events, built.SnapshotFacts);
    }
}
