namespace Pactum.Domain.Leads.Import;

/// <summary>
/// Chooses how to read an event file: the layout the user names, or the one its header shows (SPEC L1: the generic
/// columns of I4, a HubSpot contact export, a Salesforce lead report).
/// </summary>
public static class ImportLayouts
{
    /// <summary>The layouts, as users name them.</summary>
    public static IReadOnlyList<string> Names { get; } = [CrmFormats.Generic, CrmFormats.HubSpot, CrmFormats.Salesforce];

    /// <summary>Whether <paramref name="layout"/> (null or empty: recognise it) names a layout; false with what was expected.</summary>
    public static bool IsKnown(string? layout, out string error)
    {
        error = "";
        if (string.IsNullOrWhiteSpace(layout) || Names.Contains(layout.Trim().ToLowerInvariant(), StringComparer.Ordinal))
        {
            return true;
        }

        error = Unknown(layout);
        return false;
    }

    private static string Unknown(string? layout) => $"'{layout}' is not a layout; expected one of: {string.Join(", ", Names)}";

    /// <summary>
    /// The reader for a file with <paramref name="headers"/>: the named <paramref name="layout"/>, or the one the header
    /// shows when none is named; or why there is none (an unrecognised header, a Salesforce export without its date
    /// format).
    /// </summary>
    public static LayoutChoice Choose(string? layout, CrmImportOptions options, IReadOnlyList<string> headers)
    {
        var name = string.IsNullOrWhiteSpace(layout) ? CrmFormats.Detect(headers) : layout.Trim().ToLowerInvariant();
        return name switch
        {
            CrmFormats.Generic => new LayoutChoice(new GenericEventMapper(), null),
            CrmFormats.HubSpot => new LayoutChoice(new HubSpotContactMapper(options), null),
            CrmFormats.Salesforce when options.DateFormat is null => new LayoutChoice(null,
                "this is a Salesforce lead report: its dates follow the exporting user's locale, so give the date format (e.g. M/d/yyyy h:mm a or dd/MM/yyyy HH:mm)"),
            CrmFormats.Salesforce => new LayoutChoice(new SalesforceLeadMapper(options), null),
            null => new LayoutChoice(null,
                $"the header shows no known layout: a generic event file needs {string.Join(",", GenericEventMapper.RequiredColumns)}, or export contacts from HubSpot or leads from Salesforce (found: {string.Join(",", headers)})"),
            _ => new LayoutChoice(null, Unknown(layout)),
        };
    }
}

/// <summary>The reader chosen for a file, or why there is none.</summary>
public sealed record LayoutChoice(IEventRowMapper? Mapper, string? Error);
