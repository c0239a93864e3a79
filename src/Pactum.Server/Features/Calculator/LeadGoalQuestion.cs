using System.Globalization;
using Pactum.Domain.Calculator;

namespace Pactum.Server.Features.Calculator;

/// <summary>
/// A lead-goal question as a user types it (web form, API body, command line): every value is text, so that a share
/// can be written <c>0.5</c> or <c>50%</c> and every mistake can be reported against the field it is in.
/// </summary>
/// <param name="Quota">The sales quota for <paramref name="Period"/> (revenue, in the agreement's currency).</param>
/// <param name="MarketingShare">The share of revenue from marketing leads: a fraction or a percentage.</param>
/// <param name="DealSize">The average deal size.</param>
/// <param name="CloseRate">The lead-to-customer close rate: a fraction or a percentage.</param>
/// <param name="Days">The days in the month the daily goal is for (1–31; 30 when absent).</param>
/// <param name="Period">The quota's period: month (default), quarter or year.</param>
public sealed record LeadGoalQuestion(string? Quota, string? MarketingShare, string? DealSize, string? CloseRate, string? Days = null, string? Period = null)
{
    /// <summary>The days in a month when none is given.</summary>
    public const int DefaultDays = 30;

    /// <summary>
    /// Answers the question, or lists every problem; <paramref name="label"/> turns a field name (<c>closeRate</c>)
    /// into the name the user typed it under (<c>--close-rate</c> on the command line).
    /// </summary>
    public CalculatorAnswer<LeadGoalAnswer> Answer(Func<string, string>? label = null)
    {
        var fields = new TextFields(label);
        var inputs = Inputs(fields);
        var days = DaysInMonth(fields);
        var period = GoalPeriodOf(fields);
        return fields.Errors.Count > 0
            ? CalculatorAnswer<LeadGoalAnswer>.Invalid(fields.Errors)
            : CalculatorAnswer<LeadGoalAnswer>.Computed(() => LeadGoalAnswer.From(inputs, period, days));
    }

    /// <summary>The calculator inputs; problems (unreadable values, then the domain's checks) go to <paramref name="fields"/>.</summary>
    public LeadGoalInputs Inputs(TextFields fields)
    {
        var before = fields.Errors.Count;
        var inputs = new LeadGoalInputs(
            fields.Amount(Quota, "quota"),
            fields.Share(MarketingShare, "marketingShare"),
            fields.Amount(DealSize, "dealSize"),
            fields.Share(CloseRate, "closeRate"));
        if (fields.Errors.Count == before)
        {
            fields.AddProblems(inputs.Problems());
        }

        return inputs;
    }

    private int DaysInMonth(TextFields fields)
    {
        if (string.IsNullOrWhiteSpace(Days))
        {
            return DefaultDays;
        }

        if (int.TryParse(Days.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 31)
        {
            return days;
        }

        fields.Errors.Add($"{fields.Label("days")}: '{Days}' is not a number of days in a month (1 to 31)");
        return DefaultDays;
    }

    private GoalPeriod GoalPeriodOf(TextFields fields)
    {
        var names = Enum.GetValues<GoalPeriod>().ToDictionary(LeadGoalAnswer.PeriodName, p => p, StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(Period))
        {
            return GoalPeriod.Month;
        }

        if (names.TryGetValue(Period.Trim(), out var period))
        {
            return period;
        }

        fields.Errors.Add($"{fields.Label("period")}: '{Period}' is not a period; expected month, quarter or year");
        return GoalPeriod.Month;
    }
}
