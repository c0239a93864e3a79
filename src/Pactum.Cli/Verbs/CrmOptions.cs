using System.CommandLine;
using Pactum.Domain.Leads.Import;

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
    public Func<IReadOnlyList<string>, LayoutChoice>? Read(ParseResult parse, List<string> errors) =>
        new ImportSettings(parse.GetValue(_format), parse.GetValue(_zone), parse.GetValue(_dateFormat), parse.GetValue(_snapshotAt))
            .Read(errors, name => "--" + string.Concat(name.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString())));
}
