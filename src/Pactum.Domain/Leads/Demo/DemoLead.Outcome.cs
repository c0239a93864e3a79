using NodaTime;

namespace Pactum.Domain.Leads.Demo;

/// <summary>What becomes of a connected lead: qualified (and maybe a deal), disqualified, unqualifiable or nurtured.</summary>
internal sealed partial class DemoLead
{
    /// <summary>
    /// The share of won deals reported won a second time (messy data: another event ID, a day or two later, the same
    /// amount), about 0.7% of all leads.
    /// </summary>
    private const double SecondWinShare = 0.03;

    /// <summary>Within a working day or so of the conversation, the rep records the verdict.</summary>
    private void Conclude(Instant connected)
    {
        var when = Business(connected, 15, 1440);
        if (_random.Chance(_persona.QualifyChance))
        {
            Add(LeadEventType.Qualified, when, owner: _rep);
            Deal(when);
            return;
        }

        switch (_random.NextDouble())
        {
            case < 0.45:
                Add(LeadEventType.Disqualified, when, owner: _rep, reason: _random.Pick(DemoCast.DisqualifyReasons));
                break;
            case < 0.70:
                Add(LeadEventType.Unqualifiable, when, owner: _rep, reason: DemoCast.NotEnoughInformation);
                break;
            default: // sales enrols the lead in a nurture track by hand
                Add(LeadEventType.Nurtured, when, owner: _rep, reason: DemoCast.NotReady, track: _random.Pick(DemoCast.Tracks));
                break;
        }
    }

    /// <summary>
    /// Most qualified leads become opportunities, closed one to five working weeks later: won for about $100
    /// (60 to 179 whole dollars, most near the low end) or lost with a reason.
    /// </summary>
    private void Deal(Instant qualified)
    {
        if (!_random.Chance(0.9))
        {
            return; // qualified, no opportunity opened yet
        }

        var opened = Business(qualified, 60, 2400);
        Add(LeadEventType.Opportunity, opened, owner: _rep);
        var closed = Business(opened, 2400, 12000);
        if (!_random.Chance(0.68))
        {
            Add(LeadEventType.DealLost, closed, owner: _rep, reason: _random.Pick(DemoCast.LostReasons));
            return;
        }

        var amount = 60 + (int)(120 * Math.Min(_random.NextDouble(), _random.NextDouble()));
        Add(LeadEventType.DealWon, closed, owner: _rep, amount: amount);
        if (_random.Chance(SecondWinShare))
        {
            Add(LeadEventType.DealWon, Wall(closed, 1440, 2880), owner: _rep, amount: amount);
        }
    }
}
