using Pactum.Domain.Time;

namespace Pactum.Domain.Leads.Import;

/// <summary>
/// How to read a file of events, as the user typed it (command-line options, a form, a query string): the layout (empty:
/// recognised from the header) and, for CRM exports, the zone and format of their dates and the instant the export was
/// taken.
/// </summary>
public sealed record ImportSettings(string? Format = null, string? Zone = null, string? DateFormat = null, string? SnapshotAt = null)
{
    /// <summary>
    /// How to choose the reader from a file's header, or null with every problem in <paramref name="errors"/>;
    /// <paramref name="label"/> turns a setting's name (<c>dateFormat</c>) into the one the user typed
    /// (<c>--date-format</c>).
    /// </summary>
    public Func<IReadOnlyList<string>, LayoutChoice>? Read(List<string> errors, Func<string, string>? label = null)
    {
        label ??= name => name;
        var before = errors.Count;
        if (!ImportLayouts.IsKnown(Format, out var formatError))
        {
            errors.Add($"{label("format")}: {formatError}");
        }

        var zone = TimeZoneText.ParseField(label("zone"), Zone, errors);
        var dateFormat = string.IsNullOrWhiteSpace(DateFormat) ? null : DateFormat.Trim();
        if (dateFormat is not null && !CrmDateFormat.TryCreate(dateFormat, out _, out var dateError))
        {
            errors.Add($"{label("dateFormat")}: {dateError}");
        }

        NodaTime.Instant? snapshot = string.IsNullOrWhiteSpace(SnapshotAt) ? null : InstantText.ParseField(label("snapshotAt"), SnapshotAt, errors);
        if (errors.Count > before)
        {
            return null;
        }

        var options = new CrmImportOptions(zone, dateFormat, snapshot);
        return headers => ImportLayouts.Choose(Format, options, headers);
    }
}
