using static Pactum.Domain.Leads.Import.SalesforceColumns;

namespace Pactum.Domain.Leads.Import;

/// <summary>
/// Maps the rows of a Salesforce lead report export (format <c>salesforce</c>) to lead events. An export is a snapshot,
/// not a history: each row yields the facts its dated columns imply, with IDs fixed by the record and the fact
/// (<see cref="CrmEventList"/>), so re-importing a later snapshot adds only what changed.
/// </summary>
/// <remarks>
/// <para>Dates follow the exporting user's locale, so <see cref="CrmImportOptions.DateFormat"/> is required (e.g.
/// <c>M/d/yyyy h:mm a</c> or <c>dd/MM/yyyy HH:mm</c>; a date-only cell means the start of that day in
/// <see cref="CrmImportOptions.Zone"/>).</para>
/// <list type="bullet">
/// <item>Create Date → <c>lead_created</c> (<c>salesforce:{id}:lead_created</c>) with the source from Lead Source and
/// the Title as persona text (both read as the lead's attributes at creation; an edit shows as a conflict).</item>
/// <item>Converted Date → <c>qualified</c> and then <c>opportunity</c> at that instant (conversion qualifies the lead
/// and opens its opportunity): <c>salesforce:{id}:qualified</c>, <c>salesforce:{id}:qualified/opportunity</c>. A
/// Converted Date with Converted false rejects the row.</item>
/// <item>Lead Status has no date: its facts (<see cref="SalesforceValues.Statuses"/>) are dated at
/// <see cref="CrmImportOptions.SnapshotAt"/> with IDs <c>salesforce:{id}:status:{type}</c>, and left out without a
/// snapshot instant. Working - Contacted hands the lead off to the Lead Owner and then attempts it
/// (<c>salesforce:{id}:status:handed_off:{owner}</c>, <c>…:status:handed_off:{owner}/attempt</c>: a new owner is a new
/// hand-off with its attempt, not a conflict); the other status facts carry no owner. Closed - Converted adds
/// <c>qualified</c> only when the row has no Converted Date.</item>
/// </list>
/// <para>An unknown status, source or Converted value, an unreadable date, or a missing Lead ID or Create Date
/// rejects the row with every problem named.</para>
/// </remarks>
public sealed class SalesforceLeadMapper : IEventRowMapper
{
    private readonly CrmImportOptions options;
    private readonly CrmDateFormat dates;

    /// <summary>A mapper reading dates with <see cref="CrmImportOptions.DateFormat"/>, which must be given.</summary>
    /// <exception cref="ArgumentException">The date format is missing or is not a date pattern.</exception>
    public SalesforceLeadMapper(CrmImportOptions options)
    {
        this.options = options;
        dates = options.DateFormat is { } format
            ? CrmDateFormat.Create(format)
            : throw new ArgumentException(
                "Salesforce dates follow the exporting user's locale: give the date format (e.g. M/d/yyyy h:mm a or dd/MM/yyyy HH:mm)",
                nameof(options));
    }

    /// <inheritdoc/>
    public string Format => CrmFormats.Salesforce;

    /// <inheritdoc/>
    public IReadOnlyList<string> CheckHeader(IReadOnlyList<string> headers) => CrmHeader.Check("Salesforce lead report", headers, Required);

    /// <inheritdoc/>
    public RowMapping Map(CsvRow row)
    {
        var read = new CrmRowReader(row, dates, options.Zone);
        var id = read.Required(LeadId);
        var created = read.Date(CreateDate, required: true);
        var converted = read.Date(ConvertedDate);
        var status = read.Choice(SalesforceColumns.LeadStatus, SalesforceValues.Statuses);
        var source = read.Source(LeadSource, SalesforceValues.Sources);
        if (read.Choice(Converted, SalesforceValues.Flags) is false && converted is not null)
        {
            read.Problem(Converted, $"is false but {ConvertedDate} is {row[ConvertedDate]}");
        }

        return read.Result(() => new CrmEventList(CrmFormats.Salesforce, id)
            .Dated(LeadEventType.LeadCreated, created, source: source, persona: read.Text(Title))
            .Dated(LeadEventType.Qualified, converted).Then(LeadEventType.Opportunity)
            .Observed(status, options.SnapshotAt, read.Text(LeadOwner)));
    }
}
