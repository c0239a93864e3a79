using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Features.Leads;
using Pactum.Storage.Leads;

namespace Pactum.Server.Pages.Leads;

/// <summary>The lead list (SPEC R4 in part): leads by status, filtered by owner, source, persona and hand-off month.</summary>
public sealed class IndexModel(LeadStore leads, AgreementCatalog agreements) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Persona { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Zone { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Anomalies { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public LeadPage Leads { get; private set; } = new([], 0);

    public IReadOnlyDictionary<LeadStatus, long> Counts { get; private set; } = new Dictionary<LeadStatus, long>();

    public LeadFilterValues Values { get; private set; } = new([], [], []);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public DateTimeZone TimeZone { get; private set; } = DateTimeZone.Utc;

    public void OnGet()
    {
        Zone ??= agreements.DefaultZone().Id;
        PageNumber = Math.Max(1, PageNumber);
        var filter = LeadFilter.Read(Status, Owner, Source, Persona, Month, Zone, Anomalies, (PageNumber - 1) * PageSize, PageSize);
        Errors = filter.Errors;
        TimeZone = filter.Zone;
        if (Errors.Count > 0)
        {
            return;
        }

        Leads = leads.List(filter.Query);
        Counts = leads.CountByStatus(filter.Query);
        Values = leads.FilterValues();
    }

    /// <summary>This list's address with some filters changed (null removes one).</summary>
    public string Link(string? status = null, int? page = null, bool keepStatus = true)
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = keepStatus ? status ?? Status : status,
            ["owner"] = Owner,
            ["source"] = Source,
            ["persona"] = Persona,
            ["month"] = Month,
            ["zone"] = Zone,
            ["anomalies"] = Anomalies ? "true" : null,
            ["p"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/leads", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    public string Local(Instant? instant) => instant is { } at ? at.InZone(TimeZone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
