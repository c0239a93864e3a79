using NodaTime;
using Pactum.Domain.Clocks;

namespace Pactum.Storage.Clocks;

/// <summary>
/// The sweeper's queue: every alarm of every open run, soonest first (a warning before a breach at the same instant),
/// each once. The projector adds the alarms of the runs it stores; the sweeper takes those that have come. Safe to use
/// from several threads; <see cref="WaitAsync"/> wakes when an alarm earlier than all others is added.
/// </summary>
public sealed class ClockAlarms
{
    private readonly PriorityQueue<ClockAlarm, (long Ticks, int Order)> _queue = new();
    private readonly HashSet<ClockAlarm> _queued = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource _earlier = NewSignal();

    /// <summary>How many alarms wait.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>The instant of the soonest alarm, or null when none waits.</summary>
    public Instant? Next
    {
        get
        {
            lock (_lock)
            {
                return _queue.TryPeek(out var alarm, out _) ? alarm.At : null;
            }
        }
    }

    /// <summary>Adds <paramref name="alarms"/> (one already waiting is not added twice).</summary>
    public void Schedule(IEnumerable<ClockAlarm> alarms)
    {
        lock (_lock)
        {
            var before = _queue.TryPeek(out var head, out _) ? head.At : (Instant?)null;
            foreach (var alarm in alarms)
            {
                if (_queued.Add(alarm))
                {
                    _queue.Enqueue(alarm, Priority(alarm));
                }
            }

            if (_queue.TryPeek(out var now, out _) && (before is null || now.At < before))
            {
                _earlier.TrySetResult();
                _earlier = NewSignal();
            }
        }
    }

    /// <summary>Empties the queue.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _queue.Clear();
            _queued.Clear();
        }
    }

    /// <summary>Takes the alarms due at or before <paramref name="now"/>, soonest first.</summary>
    public List<ClockAlarm> TakeDue(Instant now)
    {
        var due = new List<ClockAlarm>();
        lock (_lock)
        {
            while (_queue.TryPeek(out var alarm, out _) && alarm.At <= now)
            {
                due.Add(_queue.Dequeue());
                _queued.Remove(alarm);
            }
        }

        return due;
    }

    /// <summary>Waits <paramref name="timeout"/>, or less when an alarm sooner than all others is added.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken stop)
    {
        Task earlier;
        lock (_lock)
        {
            earlier = _earlier.Task;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(stop);
        await Task.WhenAny(earlier, Task.Delay(timeout, timer.Token)).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        stop.ThrowIfCancellationRequested();
    }

    private static (long, int) Priority(ClockAlarm alarm) => (alarm.At.ToUnixTimeTicks(), alarm.State == ClockState.Warning ? 0 : 1);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
