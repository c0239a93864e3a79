using NodaTime;
using Pactum.Domain.Calendars;

namespace Pactum.Domain.Leads.Demo;

/// <summary>
/// The life of one demo lead, from <c>lead_created</c> to its last event before <see cref="DemoHistoryOptions.Until"/>:
/// marketing's part here, sales's follow-up and the outcome in the other parts of this class.
/// </summary>
/// <remarks>
/// Every choice comes from the lead's own random stream (seed and lead number), so a lead's life does not depend on
/// the other leads. All events fall within 60 days of the creation, at or after it; the events are numbered in
/// chronological order (<c>demo-{lead:D7}-{n:D2}</c>, <c>lead_created</c> is <c>00</c>).
/// </remarks>
internal sealed partial class DemoLead
{
    private static readonly Duration LongestLife = Duration.FromDays(60);

    private readonly int _number;
    private readonly Instant _created;
    private readonly DemoRandom _random;
    private readonly BusinessCalendar _hours;
    private readonly DemoPersona _persona;
    private readonly string _rep;
    private readonly DemoMess _mess;
    private readonly List<DemoFact> _events;

    private DemoLead(int number, Instant created, int seed, BusinessCalendar hours, List<DemoFact> events)
    {
        _number = number;
        _events = events;
        _created = created;
        _random = DemoRandom.For(seed, number);
        _hours = hours;
        _persona = _random.Pick(DemoCast.Personas);
        _rep = DemoCast.Reps[(number + (_random.Chance(0.15) ? _random.Between(1, 3) : 0)) % DemoCast.Reps.Count];
        _mess = _random.NextDouble() switch
        {
            < 0.004 => DemoMess.AttemptWithoutHandOff,
            < 0.007 => DemoMess.AttemptBeforeHandOff,
            _ => DemoMess.None,
        };
    }

    /// <summary>
    /// Fills <paramref name="events"/> (cleared first) with the events of lead <paramref name="number"/> created at
    /// <paramref name="created"/>, numbered in chronological order, none after <paramref name="until"/>.
    /// </summary>
    public static void Live(int number, Instant created, int seed, Instant until, BusinessCalendar hours, List<DemoFact> events)
    {
        events.Clear();
        var lead = new DemoLead(number, created, seed, hours, events);
        lead.Market();
        lead.Number(until);
        lead.Engage(seed, until);
    }

    /// <summary>Marketing's part: the lead converts, maybe becomes an MQL, maybe is handed off to a rep.</summary>
    private void Market()
    {
        _events.Add(new DemoFact(_number, 0, LeadEventType.LeadCreated, _created)
        {
            Source = _random.Pick(DemoCast.Sources),
            Asset = _random.Pick(DemoCast.Assets),
            Persona = _persona.Name,
        });
        if (_mess == DemoMess.AttemptWithoutHandOff)
        {
            Add(LeadEventType.Attempt, Business(_created, 30, 960), owner: _rep, channel: "phone", outcome: "no answer");
            return;
        }

        if (!_random.Chance(0.88))
        {
            return; // still a lead: not (yet) marketing-qualified
        }

        var mql = _random.Chance(0.7) ? Wall(_created, 1, 30) : Wall(_created, 60, 2880);
        Add(LeadEventType.Mql, mql, score: _random.Between(_persona.MinScore, 99));
        if (!_random.Chance(0.97))
        {
            return; // an MQL marketing has not handed off yet
        }

        var handOff = _random.NextDouble() switch
        {
            < 0.55 => Wall(mql, 1, 30), // the marketing automation hands off at once
            < 0.85 => Wall(mql, 60, 480),
            _ => Wall(mql, 1440, 4320), // waited for a marketer's review
        };
        if (_mess == DemoMess.AttemptBeforeHandOff)
        {
            Add(LeadEventType.Attempt, mql + ((handOff - mql) / 2), owner: _rep, channel: "phone", outcome: "left message");
        }

        Add(LeadEventType.HandedOff, handOff, owner: _rep);
        FollowUp(handOff);
    }

    /// <summary>Records a fact (numbered later by <see cref="Number"/>); none later than 60 days after creation.</summary>
    private void Add(
        LeadEventType type,
        Instant at,
        string? owner = null,
        string? channel = null,
        string? outcome = null,
        string? reason = null,
        string? track = null,
        int? amount = null,
        int? score = null) =>
        _events.Add(new DemoFact(_number, 0, type, at - _created > LongestLife ? _created + LongestLife : at)
        {
            Owner = owner,
            Channel = channel,
            Outcome = outcome,
            Reason = reason,
            Track = track,
            Amount = amount,
            Score = score,
        });

    /// <summary>Sorts the facts chronologically (stable), numbers them, and drops those after <paramref name="until"/>.</summary>
    private void Number(Instant until)
    {
        for (var i = 1; i < _events.Count; i++)
        {
            var next = _events[i];
            var j = i - 1;
            for (; j >= 0 && _events[j].At > next.At; j--)
            {
                _events[j + 1] = _events[j];
            }

            _events[j + 1] = next;
        }

        var kept = 0;
        while (kept < _events.Count && _events[kept].At <= until)
        {
            _events[kept] = _events[kept] with { Number = kept };
            kept++;
        }

        _events.RemoveRange(kept, _events.Count - kept);
    }

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> wall-clock minutes after <paramref name="from"/>.</summary>
    private Instant Wall(Instant from, int min, int max) => from + Duration.FromSeconds(_random.Between(min * 60, max * 60));

    /// <summary>
    /// Between <paramref name="min"/> and <paramref name="max"/> business minutes after <paramref name="from"/>: within
    /// the sales team's hours (Monday to Friday 09:00–17:00), counting from the next opening when it is closed.
    /// </summary>
    private Instant Business(Instant from, int min, int max) =>
        _hours.Due(from, Duration.FromSeconds(_random.Between(min * 60, max * 60))).Instant;
}
