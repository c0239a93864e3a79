using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Compliance;

namespace Pactum.Domain.Tests.Compliance;

public sealed class AgreementEvaluationTests
{
    private const string Yaml = """
        id: t
        title: T
        kind: internal
        version: 1
        term: { starts: 2026-08-15, ends: 2026-12-31 }
        summary: { service: s, forWhom: f, measuredBy: m }
        parties: [ { id: marketing, name: Marketing }, { id: sales, name: Sales } ]
        goals:
          - { id: leads, name: Leads, owner: marketing, metric: leads handed off, target: 4, unit: leads, period: month, measure: leads-handed-off }
          - { id: notes, name: Notes, owner: sales, metric: notes written, target: 1, unit: notes, period: month }
        """;

    private static readonly Agreement Agreement = AgreementFile.Parse(Yaml, "t.yaml").Value!;

    [Fact]
    public void Evaluate_ToNovember_JudgesEachMonthOfTheTermFromItsFirstDay()
    {
        var figures = new CountingFigures();
        var verdicts = AgreementEvaluation.Evaluate(Agreement, figures, Instant.FromUtc(2026, 11, 10, 12, 0));

        // August starts with the term on the 15th; the goal without a measure is not judged.
        Assert.Equal(["2026-08-15 – 2026-08-31 missed", "2026-09 met", "2026-10 met", "2026-11 on-track"], verdicts.Select(v => $"{v.Period} {VerdictStates.ToText(v.State)}"));
        Assert.All(verdicts, v => Assert.Equal("leads", v.GoalId));
        Assert.Equal(4, figures.Reads.Count);
    }

    [Fact]
    public void Evaluate_WithSettledPeriods_ReadsNoFiguresForThem()
    {
        var figures = new CountingFigures();
        var settled = new HashSet<PeriodKey> { new(new LocalDate(2026, 8, 15), new LocalDate(2026, 8, 31)), new(new LocalDate(2026, 9, 1), new LocalDate(2026, 9, 30)) };

        var verdicts = AgreementEvaluation.Evaluate(Agreement, figures, Instant.FromUtc(2026, 11, 10, 12, 0), (_, period) => settled.Contains(period));

        Assert.Equal(["2026-10", "2026-11"], verdicts.Select(v => v.Period.ToString()));
        Assert.Equal([new LocalDate(2026, 10, 1), new LocalDate(2026, 11, 1)], figures.Reads);
    }

    // One lead on each of the first five days of a month, except in August.
    private sealed class CountingFigures : IGoalFigures
    {
        public List<LocalDate> Reads { get; } = [];

        public IEnumerable<DayFigure> Of(JudgedGoal goal, LocalDate from, LocalDate to)
        {
            Reads.Add(from);
            return from.Month == 8 ? [] : Enumerable.Range(1, 5).Select(d => new DayFigure(new LocalDate(from.Year, from.Month, d), 1));
        }
    }
}
