using NodaTime;

namespace Pactum.Domain.Leads.Import;

/// <summary>
/// How to read one CRM export (SPEC L1): the time zone its dates are written in, the date format, and the instant the
/// export was taken.
/// </summary>
/// <param name="Zone">
/// The zone the export's local dates and times are in (HubSpot: the portal's zone; Salesforce: the exporting user's).
/// Local times that do not exist (spring forward) move forward by the gap; ambiguous ones (fall back) take the earlier
/// offset.
/// </param>
/// <param name="DateFormat">
/// The pattern of the export's date cells, e.g. <c>M/d/yyyy</c>, <c>dd/MM/yyyy</c>, <c>M/d/yyyy h:mm a</c> or
/// <c>dd/MM/yyyy HH:mm</c> (see <see cref="CrmDateFormat"/>). HubSpot defaults to <c>yyyy-MM-dd HH:mm</c>; Salesforce
/// follows the exporter's locale, so it must be given.
/// </param>
/// <param name="SnapshotAt">
/// The instant the export was taken ("as of"). A snapshot's status columns (HubSpot Lead Status, Salesforce Lead
/// Status) have no date: their facts are dated at this instant, the latest moment the status is known to hold. When
/// <see langword="null"/>, status values are still checked but imply no events. A status fact's ID names the record and
/// the fact, not the snapshot, so a later export showing a changed status adds only the new fact; one showing the same
/// status with a later snapshot instant repeats the ID at a later instant, which Pactum's log takes as the same fact seen
/// again (<see cref="RowMapping.SnapshotFacts"/>): a duplicate, the first and earliest sighting standing.
/// </param>
public sealed record CrmImportOptions(DateTimeZone Zone, string? DateFormat = null, Instant? SnapshotAt = null);
