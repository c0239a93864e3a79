using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Server.Features.Agreements;
using Pactum.Storage.Clocks;

namespace Pactum.Server.Pages.Clocks;

/// <summary>
/// Clocks now: the open clocks in warning or breached, by lead owner, soonest deadline first, with the count of open
/// clocks in each state; and the replay of an agreement's clocks under its latest version (a preview, then apply).
/// </summary>
public sealed class IndexModel(ClockStore store, ClockPlans plans, AgreementCatalog agreements) : PageModel
{
    public IReadOnlyList<IGrouping<string?, ClockNeedingAction>> ByOwner { get; private set; } = [];

    public IReadOnlyDictionary<ClockState, long> Counts { get; private set; } = new Dictionary<ClockState, long>();

    public IReadOnlyList<(string Id, string Title)> Agreements { get; private set; } = [];

    [BindProperty]
    public string? Agreement { get; set; }

    /// <summary>What a replay moved (or would move); null when none was asked for.</summary>
    public IReadOnlyList<ClockRunChange>? Replayed { get; private set; }

    public bool Applied { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPostReplay(bool apply)
    {
        if (Agreement is null || agreements.Find(Agreement) is null)
        {
            return NotFound();
        }

        Replayed = store.Replay(Agreement, apply);
        Applied = apply;
        Load();
        return Page();
    }

    /// <summary>The name of clock <paramref name="clockId"/> in the agreement version that runs it.</summary>
    public string ClockName(string agreementId, int version, string clockId) => plans.At(agreementId, version)?.Find(clockId)?.Name ?? clockId;

    /// <summary><paramref name="instant"/> in the zone named <paramref name="zoneId"/>.</summary>
    public static string In(Instant? instant, string zoneId) =>
        Leads.ShowModel.In(instant, DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? DateTimeZone.Utc);

    private void Load()
    {
        ByOwner = store.NeedingAction().GroupBy(c => c.Owner).ToList();
        Counts = store.OpenCounts();
        Agreements = plans.Latest().Select(p => (p.AgreementId, p.Title)).ToList();
    }
}
