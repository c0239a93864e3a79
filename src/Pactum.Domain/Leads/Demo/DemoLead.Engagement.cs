using NodaTime;

namespace Pactum.Domain.Leads.Demo;

/// <summary>
/// Marketing's side of a demo lead for scoring (SPEC L4): its fit properties on <c>lead_created</c>, and the
/// engagements (page visits, downloads, e-mail clicks, webinars, demo requests) before it became an MQL — or, for a
/// lead marketing kept, a few that leave it below the hand-off threshold of company-x-internal.yaml.
/// </summary>
/// <remarks>
/// From a random stream of its own, so the rest of the lead's life (and every figure built on it) is what it was
/// without scoring. Leads sales received are in the served region with 20 employees or more; about a third of the
/// leads marketing kept are not (the agreement's disqualifying rules). Engagements are numbered apart
/// (<c>demo-{lead:D7}-e{n:D2}</c>) in chronological order.
/// </remarks>
internal sealed partial class DemoLead
{
    private static readonly string[] Regions = ["Europe", "Latin America", "Asia Pacific"];

    /// <summary>Adds the fit properties to <c>lead_created</c> and the engagements; none after <paramref name="until"/>.</summary>
    private void Engage(int seed, Instant until)
    {
        var random = DemoRandom.For(seed ^ 0x5C0E, _number);
        var handedOff = _events.Any(e => e.Type == LeadEventType.HandedOff);
        var mql = _events.FirstOrDefault(e => e.Type == LeadEventType.Mql);
        var profile = Profile(random, kept: !handedOff);
        _events[0] = _events[0] with { Profile = profile };
        var end = mql.Type == LeadEventType.Mql ? mql.At : _created + Duration.FromDays(random.Between(3, 40));
        var seconds = (int)Math.Clamp((end - _created).TotalSeconds, 60, int.MaxValue);
        var kinds = new List<(string Activity, string? Asset)>();
        for (var i = handedOff ? random.Between(2, 6) : random.Between(1, 3); i > 0; i--)
        {
            kinds.Add(handedOff ? random.Pick(Interested) : random.Chance(0.7) ? ("page_visit", "/blog/sla-guide") : ("email_click", null));
        }

        var number = 0;
        foreach (var (activity, asset, at) in kinds.Select(k => (k.Activity, k.Asset, At: _created + Duration.FromSeconds(random.Between(0, seconds - 1)))).OrderBy(e => e.At).ToList())
        {
            Engaged(ref number, activity, asset, at, until);
        }

        if (handedOff && _events[0].Asset is "/landing/demo" && mql.Type == LeadEventType.Mql)
        {
            Engaged(ref number, "demo_request", "/landing/demo", mql.At, until);
        }

        var updated = _created + Duration.FromDays(random.Between(2, 30));
        if (random.Chance(0.1) && updated <= until)
        {
            // The company's size, corrected by an enrichment service; a lead in the served size stays in it.
            var employees = Math.Max(profile.Employees < 20 ? 1 : 20, profile.Employees * random.Between(80, 130) / 100);
            _events.Add(new DemoFact(_number, number, LeadEventType.ProfileUpdated, updated) { Engagement = true, Profile = profile with { Employees = employees } });
        }
    }

    private void Engaged(ref int number, string activity, string? asset, Instant at, Instant until)
    {
        if (at > until)
        {
            return;
        }

        _events.Add(new DemoFact(_number, number++, LeadEventType.Engaged, at) { Engagement = true, Activity = activity, Asset = asset });
    }

    private static readonly (string Activity, string? Asset)[] Interested =
    [
        ("page_visit", "/pricing"), ("page_visit", "/blog/lead-scoring-101"), ("content_download", "/guides/sla-template"),
        ("email_click", null), ("webinar", "/webinars/closed-loop-marketing"),
    ];

    private DemoProfile Profile(DemoRandom random, bool kept)
    {
        var (role, seniority, buying) = _persona.Name switch
        {
            "Decision-making executive" => (random.Chance(0.5) ? "VP of Sales" : "Chief Revenue Officer", "executive", "decision-maker"),
            "Manager" => ("Marketing Manager", "manager", random.Chance(0.3) ? "decision-maker" : "influencer"),
            _ => ("Marketing Intern", "intern", "influencer"),
        };
        var outside = kept && random.Chance(0.12);
        var small = kept && !outside && random.Chance(0.25);
        var employees = small ? random.Between(3, 19) : random.Chance(0.4) ? random.Between(200, 2500) : random.Between(20, 199);
        return new DemoProfile(role, seniority, buying, employees, outside ? Regions[random.Between(0, Regions.Length - 1)] : "North America");
    }
}
