using System.CommandLine;
using NodaTime;
using Pactum.Domain.Leads.Import;
using Pactum.Domain.Time;

namespace Pactum.Cli.Verbs;

/// <summary>
/// The options that say how to read a CSV file of events: its layout (recognised from the header unless named) and,
/// for CRM exports, the zone and format of their dates and the instant the export was taken.
/// </summary>
internal sealed class CrmOptions
{
    private readonly Option<string> _format = new("--format") { Description = "generic, hubspot or salesforce (default: recognised from the header)." };
    private readonly Option<string> _zone = new("--zone") { Description = "The IANA time zone of a CRM export's dates (default UTC)." };
    private readonly Option<string> _dateFormat = new("--date-format") { Description = "A CRM export's date pattern, e.g. M/d/yyyy h:mm a (required for Salesforce)." };
    private readonly Option<string> _snapshotAt = new("--snapshot-at") { Description = "When the CRM export was taken (ISO-8601); dates its status columns." };

    public static CrmOptions Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(_format);
        command.Options.Add(_zone);
        command.Options.Add(_dateFormat);
        command.Options.Add(_snapshotAt);
    }

    /// <summary>How to choose the reader from a header; null with the reasons in <paramref name="errors"/>.</summary>
    public Func<IReadOnlyList<string>, LayoutChoice>? Read(ParseResult parse, List<string> errors)
    {
        var before = errors.Count;
        var format = parse.GetValue(_format);
        if (!ImportLayouts.IsKnown(format, out var formatError))
        {
            errors.Add($"--format: {formatError}");
        }

        var zoneText = parse.GetValue(_zone);
        var zone = zoneText is null ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneText.Trim());
        if (zone is null)
        {
            errors.Add($"--zone: '{zoneText}' is not an IANA time zone (e.g. America/New_York)");
        }

        var dateFormat = parse.GetValue(_dateFormat);
        if (dateFormat is not null && !CrmDateFormat.TryCreate(dateFormat, out _, out var dateError))
        {
            errors.Add($"--date-format: {dateError}");
        }

        var snapshotText = parse.GetValue(_snapshotAt);
        Instant? snapshot = snapshotText is null ? null : InstantText.ParseField("--snapshot-at", snapshotText, errors);
        if (errors.Count > before)
        {
            return null;
        }

        var options = new CrmImportOptions(zone!, dateFormat, snapshot);
        return headers => ImportLayouts.Choose(format, options, headers);
    }
}
