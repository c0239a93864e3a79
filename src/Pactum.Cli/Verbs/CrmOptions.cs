using System.CommandLine;
using NodaTime;
using Pactum.Domain.Leads.Import;

namespace Pactum.Cli.Verbs;

/// <summary>The options that say how to read a CSV file of events: its layout, and for CRM exports their zone and date format.</summary>
internal sealed class CrmOptions
{
    private readonly Option<string> _format = new("--format") { Description = "generic, hubspot or salesforce (default: recognised from the header)." };
    private readonly Option<string> _zone = new("--zone") { Description = "The IANA time zone of a CRM export's dates (default UTC)." };

    public static CrmOptions Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(_format);
        command.Options.Add(_zone);
    }

    /// <summary>How to choose the layout from a header; null with the reasons in <paramref name="errors"/>.</summary>
    public Func<IReadOnlyList<string>, IEventRowMapper?>? Read(ParseResult parse, List<string> errors)
    {
        var format = parse.GetValue(_format)?.Trim().ToLowerInvariant();
        var zoneText = parse.GetValue(_zone);
        var zone = zoneText is null ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneText);
        if (zone is null)
        {
            errors.Add($"--zone: '{zoneText}' is not an IANA time zone (e.g. America/New_York)");
        }

        if (format is not (null or "generic"))
        {
            errors.Add($"--format: '{format}' is not a layout; expected generic");
        }

        return errors.Count > 0 ? null : _ => new GenericEventMapper();
    }
}
