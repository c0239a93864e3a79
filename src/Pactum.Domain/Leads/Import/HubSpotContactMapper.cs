using static Pactum.Domain.Leads.Import.HubSpotColumns;

namespace Pactum.Domain.Leads.Import;

/// <summary>
/// Maps the rows of a HubSpot contact export (format <c>hubspot</c>) to lead events. An export is a snapshot, not a
/// history: each row yields the facts its dated columns imply, with IDs fixed by the record and the fact
/// (<see cref="CrmEventList"/>), so re-importing a later snapshot adds only what changed.
/// </summary>
/// <remarks>
/// <para>Dated columns (in <see cref="CrmImportOptions.Zone"/>, format <c>yyyy-MM-dd HH:mm</c> unless
/// <see cref="CrmImportOptions.DateFormat"/> says otherwise):</para>
/// <list type="bullet">
/// <item>Create Date → <c>lead_created</c> (<c>hubspot:{id}:lead_created</c>) with the source from Original Source and
/// the Job Title as persona text. Both are read as the contact's attributes at creation: a later export with an edited
/// title or source gives the same ID different content, which Pactum reports as a conflict and does not apply.</item>
/// <item>Became a Marketing Qualified Lead Date → <c>mql</c>.</item>
/// <item>Became a Sales Qualified Lead Date → <c>sql</c>, <c>handed_off</c> and <c>accepted</c> at that instant: in
/// HubSpot a contact becomes an SQL when sales takes it, so the SQL date is both the hand-off and the acceptance. The
/// hand-off carries the Contact owner and its ID names the owner; the acceptance follows it
/// (<c>hubspot:{id}:sql</c>, <c>hubspot:{id}:sql/handed_off:{owner}</c>, <c>hubspot:{id}:sql/handed_off:{owner}/accepted</c>),
/// so an owner who changes between snapshots is a second hand-off (and acceptance) at the SQL instant, not a conflict.
/// Of two such hand-offs, projections take the later by ID (ordinal), not necessarily the newer owner.</item>
/// <item>Became an Opportunity Date (when the export has it) → <c>opportunity</c>.</item>
/// <item>Became a Customer Date → <c>deal_won</c> with no amount (a contact export has none).</item>
/// </list>
/// <para>Lifecycle Stage has no date, so it implies nothing (Pactum does not invent instants); its value is checked.
/// Lead Status has no date either, but it is the only record of the working list, so its facts
/// (<see cref="HubSpotValues.Statuses"/>) are dated at <see cref="CrmImportOptions.SnapshotAt"/>, the latest moment the
/// status is known to hold, with IDs <c>hubspot:{id}:status:{type}</c>; without a snapshot instant they are left out.
/// Status facts carry no owner, which can change while the status does not.</para>
/// <para>An unknown stage, status or source, an unreadable date, or a missing Record ID or Create Date rejects the row
/// with every problem named.</para>
/// </remarks>
/// <param name="options">The zone, the date format (default <c>yyyy-MM-dd HH:mm</c>) and the snapshot instant.</param>
/// <exception cref="ArgumentException">The date format given is not a date pattern.</exception>
public sealed class HubSpotContactMapper(CrmImportOptions options) : IEventRowMapper
{
    private readonly CrmDateFormat dates = options.DateFormat is null ? CrmDateFormat.HubSpot : CrmDateFormat.Create(options.DateFormat);

    /// <inheritdoc/>
    public string Format => CrmFormats.HubSpot;

    /// <inheritdoc/>
    public IReadOnlyList<string> CheckHeader(IReadOnlyList<string> headers) => CrmHeader.Check("HubSpot contact export", headers, Required);

    /// <inheritdoc/>
    public RowMapping Map(CsvRow row)
    {
        var read = new CrmRowReader(row, dates, options.Zone);
        var id = read.Required(RecordId);
        var created = read.Date(CreateDate, required: true);
        var mql = read.Date(MqlDate);
        var sql = read.Date(SqlDate);
        var opportunity = read.Date(OpportunityDate);
        var customer = read.Date(CustomerDate);
        read.Choice(HubSpotColumns.LifecycleStage, HubSpotValues.Stages);
        var status = read.Choice(HubSpotColumns.LeadStatus, HubSpotValues.Statuses);
        var source = read.Source(OriginalSource, HubSpotValues.Sources);
        var owner = read.Text(ContactOwner);

        return read.Result(() => new CrmEventList(CrmFormats.HubSpot, id)
            .Dated(LeadEventType.LeadCreated, created, source: source, persona: read.Text(JobTitle))
            .Dated(LeadEventType.Mql, mql)
            .Dated(LeadEventType.Sql, sql).Then(LeadEventType.HandedOff, owner, toOwner: true).Then(LeadEventType.Accepted)
            .Dated(LeadEventType.Opportunity, opportunity)
            .Dated(LeadEventType.DealWon, customer)
            .Observed(status, options.SnapshotAt, owner));
    }
}
