using BenchmarkDotNet.Attributes;
using NodaTime;
using Pactum.Domain.Calendars;

namespace Pactum.Benchmarks;

/// <summary>
/// The cost of business-time arithmetic (issue target: at least 1,000,000 <c>Due</c> calls a second on one core, and
/// <c>Elapsed</c> over 400 days under 10 µs) on a Mon–Fri split-shift New York calendar with 30 holidays.
/// </summary>
[MemoryDiagnoser]
public class BusinessClockBenchmarks
{
    private const int Starts = 1024;
    private BusinessCalendar _calendar = null!;
    private Instant[] _starts = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        // 30 holidays over 2026–2027, on weekdays and weekends alike.
        var holidays = Enumerable.Range(0, 30).Select(i => new LocalDate(2026, 1, 5).PlusDays(i * 23).ToString("yyyy-MM-dd", null));
        var yaml = $$"""
            timeZone: America/New_York
            hours:
              monday: ["08:30-12:00", "13:00-17:30"]
              tuesday: ["08:30-12:00", "13:00-17:30"]
              wednesday: ["08:30-12:00", "13:00-17:30"]
              thursday: ["08:30-12:00", "13:00-17:30"]
              friday: ["08:30-12:00", "13:00-16:00"]
            holidays: [{{string.Join(", ", holidays)}}]
            """;
        _calendar = CalendarFile.Parse(yaml, "bench.yaml").Value ?? throw new InvalidOperationException("The benchmark calendar is invalid.");
        var random = new Random(42);
        var origin = Instant.FromUtc(2026, 1, 1, 0, 0);
        _starts = Enumerable.Range(0, Starts).Select(_ => origin + Duration.FromMinutes(random.Next(0, 300 * 24 * 60))).ToArray();

        // Warm the calendar's per-year cache so steady-state cost is measured.
        _calendar.Elapsed(origin, origin + Duration.FromDays(800));
    }

    /// <summary>One first-touch deadline: 60 business minutes from a random start.</summary>
    [Benchmark]
    public Instant DueOneHour() => _calendar.Due(NextStart(), Duration.FromMinutes(60)).Instant;

    /// <summary>A deadline a business week away (crosses nights, a weekend and sometimes a holiday).</summary>
    [Benchmark]
    public Instant DueFiveBusinessDays() => _calendar.Due(NextStart(), Duration.FromHours(40)).Instant;

    /// <summary>Business time elapsed over 400 days.</summary>
    [Benchmark]
    public Duration Elapsed400Days()
    {
        var start = NextStart();
        return _calendar.Elapsed(start, start + Duration.FromDays(400));
    }

    private Instant NextStart() => _starts[_next++ & (Starts - 1)];
}
