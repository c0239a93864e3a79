using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Pactum.Domain.Tests.Calendars;

/// <summary>Laws that hold for every calendar, start and amount of business time.</summary>
public sealed class BusinessCalendarPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(400);

    [Fact]
    public void Due_ThenElapsed_GivesBackTheMinutes()
    {
        // elapsed(s, due(s, n)) == n, whenever due is reachable.
        var property = Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            var random = new Random(seed);
            var calendar = RandomCalendars.From(seed);
            var start = RandomCalendars.Instant(random);
            var minutes = Duration.FromSeconds(random.NextInt64(60L * 60 * 24 * 90));
            var due = calendar.Due(start, minutes);
            return (!due.IsReachable || calendar.Elapsed(start, due.Instant) == minutes)
                .Label($"seed {seed}: start {start}, {minutes}, due {due}");
        });
        Check.One(Runs, property);
    }

    [Fact]
    public void Due_MoreMinutes_IsNeverEarlier()
    {
        // due is monotonic in n: n ≤ m ⇒ due(s, n) ≤ due(s, m).
        var property = Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            var random = new Random(seed);
            var calendar = RandomCalendars.From(seed);
            var start = RandomCalendars.Instant(random);
            var n = Duration.FromMinutes(random.Next(60 * 24 * 30));
            var m = n + Duration.FromMinutes(random.Next(60 * 24 * 30));
            var (first, second) = (calendar.Due(start, n), calendar.Due(start, m));
            var ordered = !second.IsReachable || (first.IsReachable && first.Instant <= second.Instant);
            return ordered.Label($"seed {seed}: due({n}) = {first}, due({m}) = {second}");
        });
        Check.One(Runs, property);
    }

    [Fact]
    public void Elapsed_SplitAnywhere_AddsUp()
    {
        // elapsed(a, c) == elapsed(a, b) + elapsed(b, c) for a ≤ b ≤ c, and never exceeds the wall-clock span.
        var property = Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            var random = new Random(seed);
            var calendar = RandomCalendars.From(seed);
            var points = new[] { RandomCalendars.Instant(random), RandomCalendars.Instant(random), RandomCalendars.Instant(random) }.Order().ToArray();
            var whole = calendar.Elapsed(points[0], points[2]);
            var parts = calendar.Elapsed(points[0], points[1]) + calendar.Elapsed(points[1], points[2]);
            return (whole == parts && whole <= points[2] - points[0]).Label($"seed {seed}: {whole} vs {parts}");
        });
        Check.One(Runs, property);
    }
}
