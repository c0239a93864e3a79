using NodaTime;
using Pactum.Domain.Calculator;
using Pactum.Domain.Time;

namespace Pactum.Server.Features.Calculator;

/// <summary>
/// The service credit a provider owes for a period (SPEC G6): the period [from, to), the agreed availability, the
/// credit tiers (below an availability → a share of the fee), the outages (excluded ones carry their reason) and,
/// optionally, the monthly fee the credit is a share of.
/// </summary>
public sealed record ServiceCreditQuestion(string? From, string? To, string? Target, IReadOnlyList<CreditTierRow>? Tiers, IReadOnlyList<OutageRow>? Outages, string? MonthlyFee = null)
{
    public CalculatorAnswer<ServiceCreditAnswer> Answer()
    {
        var fields = new TextFields();
        var from = fields.Instant(From, "from");
        var to = fields.Instant(To, "to");
        var target = Availability(Target, "target", fields);
        var tiers = (Tiers ?? []).Select((t, i) => new ServiceCreditTier(Availability(t.Below, $"tiers[{i}].below", fields), fields.Share(t.Credit, $"tiers[{i}].credit"))).ToList();
        var outages = (Outages ?? []).Select((o, i) => new Outage(
            fields.Instant(o.Start, $"outages[{i}].start"),
            fields.Instant(o.End, $"outages[{i}].end"),
            string.IsNullOrWhiteSpace(o.ExcludedBecause) ? null : o.ExcludedBecause.Trim())).ToList();
        var fee = fields.Optional(MonthlyFee, "monthlyFee");
        if (fields.Errors.Count > 0)
        {
            return CalculatorAnswer<ServiceCreditAnswer>.Invalid(fields.Errors);
        }

        var inputs = new ServiceCreditInputs(new Interval(from, to), outages, target, tiers, fee);
        fields.AddProblems(inputs.Problems());
        return fields.Errors.Count > 0
            ? CalculatorAnswer<ServiceCreditAnswer>.Invalid(fields.Errors)
            : CalculatorAnswer<ServiceCreditAnswer>.Computed(() => ServiceCreditAnswer.From(ServiceCredits.Assess(inputs)));
    }

    private static decimal Availability(string? text, string field, TextFields fields)
    {
        if (Uptime.TryParseAvailability(text, out var fraction, out var error))
        {
            return fraction;
        }

        fields.Errors.Add($"{fields.Label(field)}: {(string.IsNullOrWhiteSpace(text) ? "is required (a percentage such as 99.9%)" : error)}");
        return 0;
    }
}

/// <summary>A credit tier as typed: below this availability (99.9%), this share of the fee (10%).</summary>
public sealed record CreditTierRow(string? Below, string? Credit);

/// <summary>An outage as typed: ISO-8601 start and end, and the reason when it is excluded from the measure.</summary>
public sealed record OutageRow(string? Start, string? End, string? ExcludedBecause = null);

/// <summary>What the provider owes: the measured availability, the downtime against the budget, the tier hit and the credit.</summary>
public sealed record ServiceCreditAnswer(
    decimal MeasuredAvailability,
    decimal TargetAvailability,
    bool MetTarget,
    decimal DowntimeSeconds,
    decimal AllowedDowntimeSeconds,
    decimal DowntimeLeftSeconds,
    ServiceCreditTier? Tier,
    decimal CreditFraction,
    decimal? CreditAmount,
    IReadOnlyList<OutageRow> Downtime,
    IReadOnlyList<OutageRow> ExcludedOutages,
    IReadOnlyList<CalculationStep> Steps)
{
    public static ServiceCreditAnswer From(ServiceCreditAssessment assessment) => new(
        assessment.MeasuredAvailability,
        assessment.Inputs.TargetAvailability,
        assessment.MetTarget,
        assessment.DowntimeSeconds,
        assessment.AllowedDowntimeSeconds,
        assessment.DowntimeLeftSeconds,
        assessment.Tier,
        assessment.CreditFraction,
        assessment.CreditAmount,
        assessment.Downtime.Select(d => new OutageRow(InstantText.Format(d.Start), InstantText.Format(d.End))).ToList(),
        assessment.ExcludedOutages.Select(o => new OutageRow(InstantText.Format(o.Start), InstantText.Format(o.End), o.ExcludedBecause)).ToList(),
        assessment.Steps);
}
