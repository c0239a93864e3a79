using NodaTime;
using Pactum.Domain.Calendars;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Clocks;

/// <summary>
/// One run of a clock as its events come: the spans it ran, its pauses, its stop; then its deadline, warning, state
/// and history worked out on the calendar (<see cref="ToRun"/>).
/// </summary>
internal sealed class ClockTimeline(ClockDefinition clock, BusinessCalendar calendar, LeadEvent start)
{
    private readonly List<(Instant From, LeadEvent? Pause, LeadEvent? Resume)> _spans = [(start.OccurredAt, null, null)];
    private LeadEvent? _stop;
    private bool _cancelled;
    private int _attempts;
    private Instant? _lastAttempt;

    private bool IsPaused => _spans[^1].Pause is not null;

    /// <summary>Takes the next event of the lead; true when it ends the run.</summary>
    public bool Take(LeadEvent e)
    {
        if (clock.Cancel.Contains(e.Type) || Stops(e))
        {
            _stop = e;
            _cancelled = clock.Cancel.Contains(e.Type);
            return true;
        }

        if (clock.Pause.Contains(e.Type) && !IsPaused)
        {
            _spans[^1] = _spans[^1] with { Pause = e };
        }
        else if (clock.Resume.Contains(e.Type) && IsPaused)
        {
            _spans.Add((e.OccurredAt, null, e));
        }

        return false;
    }

    /// <summary>The run as it stands at <paramref name="now"/>.</summary>
    public ClockRun ToRun(string leadId, int run, int agreementVersion, Instant now)
    {
        var end = _stop?.OccurredAt ?? now;
        var goal = clock.Goal.From(calendar, start.OccurredAt);
        var due = goal is { } g ? Reach(g) : null;
        var warnAt = goal is { } w ? Reach(Duration.FromTicks((long)(w.BclCompatibleTicks * clock.WarnShare))) : null;
        var unreachable = goal is null || due is { IsReachable: false };
        var dueAt = due is { IsReachable: true } d ? d.Instant : (Instant?)null;
        var warnInstant = warnAt is { IsReachable: true } v ? v.Instant : (Instant?)null;
        var state = State(dueAt, warnInstant, unreachable, now);
        return new ClockRun
        {
            ClockId = clock.Id,
            LeadId = leadId,
            Run = run,
            AgreementVersion = agreementVersion,
            CalendarZone = calendar.Zone.Id,
            StartedAt = start.OccurredAt,
            StartEventId = start.EventId,
            Due = dueAt,
            WarnAt = warnInstant,
            StoppedAt = _stop?.OccurredAt,
            Elapsed = Running().Aggregate(Duration.Zero, (sum, s) => sum + calendar.Elapsed(s.From, s.To ?? end)),
            PausedFor = _spans.Where(s => s.Pause is not null).Aggregate(Duration.Zero, (sum, s) => sum + ((ResumedAfter(s.Pause!) ?? end) - s.Pause!.OccurredAt)),
            State = state,
            History = History(dueAt, warnInstant, unreachable, state, end),
        };
    }

    private bool Stops(LeadEvent e)
    {
        if (clock.Kind != ClockKind.Attempts || e.Type != LeadEventType.Attempt)
        {
            return clock.Stop.Contains(e.Type);
        }

        if (_lastAttempt is { } last && calendar.Elapsed(last, e.OccurredAt) < clock.MinimumGap)
        {
            return false; // too soon after the attempt before it: it does not count
        }

        _lastAttempt = e.OccurredAt;
        return ++_attempts >= clock.Attempts;
    }

    /// <summary>The spans the clock ran: from each start or resume to the pause or stop that ended it (null: still running).</summary>
    private IEnumerable<(Instant From, Instant? To)> Running() =>
        _spans.Select((s, i) => (s.From, s.Pause?.OccurredAt ?? (i == _spans.Count - 1 ? _stop?.OccurredAt : null)));

    private Instant? ResumedAfter(LeadEvent pause) =>
        _spans.FirstOrDefault(s => s.Resume is not null && s.From >= pause.OccurredAt).Resume?.OccurredAt;

    /// <summary>
    /// Where <paramref name="businessTime"/> of running time is reached: unreachable when the calendar never provides
    /// it; null when the clock is paused before reaching it. A stopped run is followed past its stop, to show the
    /// deadline it had.
    /// </summary>
    private BusinessDue? Reach(Duration businessTime)
    {
        var remaining = businessTime;
        var spans = _spans.Select(s => (s.From, To: s.Pause?.OccurredAt)).ToList();
        for (var i = 0; i < spans.Count; i++)
        {
            var (from, to) = spans[i];
            var used = to is { } t ? calendar.Elapsed(from, t) : Duration.MaxValue;
            if (used >= remaining)
            {
                return calendar.Due(from, remaining);
            }

            remaining -= used;
        }

        return null;
    }

    private ClockState State(Instant? due, Instant? warnAt, bool unreachable, Instant now)
    {
        if (_stop is not null)
        {
            return _cancelled ? ClockState.Cancelled : due is null || _stop.OccurredAt <= due ? ClockState.Met : ClockState.MetLate;
        }

        return unreachable ? ClockState.Unreachable
            : due <= now ? ClockState.Breached
            : IsPaused ? ClockState.Paused
            : warnAt <= now ? ClockState.Warning
            : ClockState.Running;
    }

    private List<ClockChange> History(Instant? due, Instant? warnAt, bool unreachable, ClockState state, Instant end)
    {
        var changes = new List<ClockChange> { new(start.OccurredAt, unreachable ? ClockState.Unreachable : ClockState.Running, start.EventId, start.Type) };
        foreach (var (_, pause, resume) in _spans)
        {
            if (resume is not null)
            {
                var resumed = due <= resume.OccurredAt ? ClockState.Breached : warnAt <= resume.OccurredAt ? ClockState.Warning : ClockState.Running;
                changes.Add(new(resume.OccurredAt, resumed, resume.EventId, resume.Type));
            }

            if (pause is not null)
            {
                changes.Add(new(pause.OccurredAt, ClockState.Paused, pause.EventId, pause.Type));
            }
        }

        // Time alone warns and breaches, at their instants, when the run was still open then; a stop exactly at the
        // deadline is met, so a breach needs the deadline strictly before the stop.
        if (warnAt is { } warn && warn <= end && (_stop is null || warn < _stop.OccurredAt))
        {
            changes.Add(new(warn, ClockState.Warning, null, null));
        }

        if (due is { } d && d <= end && (_stop is null || d < _stop.OccurredAt))
        {
            changes.Add(new(d, ClockState.Breached, null, null));
        }

        if (_stop is not null)
        {
            changes.Add(new(_stop.OccurredAt, state, _stop.EventId, _stop.Type));
        }

        return [.. changes.OrderBy(c => c.At)];
    }
}
