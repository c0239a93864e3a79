using NodaTime;

namespace Pactum.Domain.Leads.Demo;

/// <summary>Sales's follow-up of a handed-off lead: accept or reject, then up to six attempts.</summary>
internal sealed partial class DemoLead
{
    private const int AgreedAttempts = 6;

    /// <summary>
    /// The first attempt comes within the agreed 60 business minutes for most leads, late for a realistic share (and a
    /// few reps call outside business hours); the lead is accepted or rejected within a working day.
    /// </summary>
    private void FollowUp(Instant handOff)
    {
        var firstTouch = _random.NextDouble() switch
        {
            < 0.03 => Wall(handOff, 2, 45), // a keen rep calls at once, even in the evening
            < 0.72 => Business(handOff, 1, 58),
            < 0.83 => Business(handOff, 61, 180),
            < 0.93 => Business(handOff, 181, 960),
            _ => Business(handOff, 961, 4800), // up to ten working days: the SLA's slow cycles
        };
        var decided = Business(handOff, 5, 480);
        if (_random.Chance(0.11))
        {
            Reject(decided, firstTouch);
            return;
        }

        Add(LeadEventType.Accepted, decided, owner: _rep);
        Attempts(firstTouch);
    }

    /// <summary>A rejection with an agreed reason; when the rep had called first, the call is where they learnt it.</summary>
    private void Reject(Instant decided, Instant firstTouch)
    {
        if (firstTouch < decided)
        {
            Add(LeadEventType.Attempt, firstTouch, owner: _rep, channel: "phone", outcome: "connected");
            Add(LeadEventType.Connected, firstTouch, owner: _rep);
        }

        Add(LeadEventType.Rejected, decided, owner: _rep, reason: _random.Pick(DemoCast.RejectReasons));
    }

    /// <summary>Attempts half a day to three working days apart until one connects, six at the most.</summary>
    private void Attempts(Instant first)
    {
        var at = first;
        for (var attempt = 1; attempt <= AgreedAttempts; attempt++)
        {
            if (attempt > 1)
            {
                at = _random.Chance(0.04) ? Wall(at, 30, 240) : Business(at, 240, 1440);
            }

            var channel = _random.Pick(attempt == 1 ? DemoCast.FirstChannels : DemoCast.LaterChannels);
            if (_random.Chance(_persona.ConnectChance))
            {
                Add(LeadEventType.Attempt, at, owner: _rep, channel: _random.Chance(0.12) ? "meeting" : channel, outcome: "connected");
                Add(LeadEventType.Connected, at, owner: _rep);
                Conclude(at);
                return;
            }

            var outcome = channel == "email" || (channel == "phone" && _random.Chance(0.45)) ? "left message" : "no answer";
            Add(LeadEventType.Attempt, at, owner: _rep, channel: channel, outcome: outcome);
        }

        Recycle(at);
    }

    /// <summary>Six attempts without a connection: most go back to marketing's nurture tracks, some are closed as unqualifiable.</summary>
    private void Recycle(Instant lastAttempt)
    {
        var when = Business(lastAttempt, 60, 960);
        if (_random.Chance(0.85))
        {
            Add(LeadEventType.Recycled, when, reason: DemoCast.NoConnection, track: _random.Pick(DemoCast.Tracks));
        }
        else
        {
            Add(LeadEventType.Unqualifiable, when, owner: _rep, reason: "no response after 6 attempts");
        }
    }
}
