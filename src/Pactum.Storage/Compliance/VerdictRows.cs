using System.Data;
using System.Globalization;
using System.Text.Json;
using Dapper;
using NodaTime;
using NodaTime.Text;
using Pactum.Domain.Agreements;
using Pactum.Domain.Calendars;
using Pactum.Domain.Compliance;

namespace Pactum.Storage.Compliance;

/// <summary>Reads and writes the <c>verdicts</c> table.</summary>
internal static class VerdictRows
{
    public static List<StoredVerdict> Read(IDbConnection connection, string agreementId, IDbTransaction? transaction = null) =>
        connection.Query<Row>("SELECT * FROM verdicts WHERE agreement_id = @agreementId ORDER BY goal_id, period_from", new { agreementId }, transaction)
            .Select(ToStored).ToList();

    public static void Upsert(IDbConnection connection, IDbTransaction transaction, string agreementId, int version, string zone, GoalVerdict v, Instant now) =>
        connection.Execute(
            """
            INSERT OR REPLACE INTO verdicts (agreement_id, goal_id, period_from, period_to, agreement_version, calendar_zone, owner, direction, state, target, actual, forecast,
                days_so_far, days_in_all, excluded_days, exclusions, evaluated_ticks)
            VALUES (@agreementId, @GoalId, @from, @to, @version, @zone, @Owner, @direction, @state, @target, @actual, @forecast, @soFar, @inAll, @excludedDays, @exclusions, @now)
            """,
            new
            {
                agreementId, v.GoalId, from = Day(v.From), to = Day(v.To), version, zone, v.Owner, direction = v.Direction.ToFileText(),
                state = VerdictStates.ToText(v.State), target = Number(v.Target), actual = Number(v.Actual), forecast = Number(v.Forecast),
                soFar = v.DaysJudged.SoFar, inAll = v.DaysJudged.InAll, excludedDays = string.Join(",", v.ExcludedDays.Select(Day)),
                exclusions = JsonSerializer.Serialize(v.Exclusions.Select(e => new ExclusionRow(InstantPattern.General.Format(e.From), InstantPattern.General.Format(e.To), e.Reason))),
                now = now.ToUnixTimeTicks(),
            },
            transaction);

    public static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static LocalDate ParseDay(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static decimal? ParseNumber(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    private static StoredVerdict ToStored(Row r)
    {
        var direction = r.direction == GoalDirection.AtMost.ToFileText() ? GoalDirection.AtMost : GoalDirection.AtLeast;
        var exclusions = (JsonSerializer.Deserialize<List<ExclusionRow>>(r.exclusions) ?? [])
            .Select(e => new Closure(InstantPattern.General.Parse(e.From).GetValueOrThrow(), InstantPattern.General.Parse(e.To).GetValueOrThrow(), e.Reason)).ToList();
        var excludedDays = r.excluded_days.Length == 0 ? [] : r.excluded_days.Split(',').Select(ParseDay).ToList();
        var verdict = new GoalVerdict(
            r.goal_id, r.owner, ParseDay(r.period_from), ParseDay(r.period_to), direction, ParseNumber(r.target)!.Value, ParseNumber(r.actual), ParseNumber(r.forecast),
            VerdictStates.Parse(r.state), ((int)r.days_so_far, (int)r.days_in_all), excludedDays, exclusions);
        return new StoredVerdict(r.agreement_id, verdict, (int)r.agreement_version, r.calendar_zone, Instant.FromUnixTimeTicks(r.evaluated_ticks));
    }

    private sealed record ExclusionRow(string From, string To, string Reason);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Column names.")]
    private sealed record Row(
        string agreement_id, string goal_id, string period_from, string period_to, long agreement_version, string calendar_zone, string owner, string direction,
        string state, string target, string? actual, string? forecast, long days_so_far, long days_in_all, string excluded_days, string exclusions, long evaluated_ticks);
}
