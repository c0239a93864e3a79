namespace Pactum.Domain.Calculator;

/// <summary>
/// The inputs of the marketing goal (SPEC G1), for one period (the quota's period: a month unless said otherwise).
/// </summary>
/// <param name="Quota">The sales quota: revenue the sales team must close in the period, in the agreement's currency.</param>
/// <param name="MarketingShare">The share of that revenue expected from marketing-generated leads, a fraction in [0, 1].</param>
/// <param name="DealSize">The average revenue of one closed deal (greater than 0).</param>
/// <param name="CloseRate">The share of marketing leads that become customers, a fraction in (0, 1].</param>
public sealed record LeadGoalInputs(decimal Quota, decimal MarketingShare, decimal DealSize, decimal CloseRate)
{
    /// <summary>The most leads a goal may ask for (10^15): beyond it the inputs are surely in the wrong units.</summary>
    public const decimal MostLeads = 1_000_000_000_000_000m;

    /// <summary>Every problem with these inputs as (field, message); empty when they can be calculated.</summary>
    public IReadOnlyList<InputProblem> Problems()
    {
        var problems = new List<InputProblem>();
        problems.RequireNotNegative("quota", Quota);
        problems.RequireFraction("marketingShare", MarketingShare);
        problems.RequirePositive("dealSize", DealSize);
        if (CloseRate is <= 0 or > 1)
        {
            problems.Add(new("closeRate", $"must be a fraction greater than 0 and at most 1 (got {FormulaText.N(CloseRate)})"));
        }

        // Estimated in floating point only to refuse absurd sizes before the exact decimal arithmetic could overflow.
        if (problems.Count == 0 && (double)Quota * (double)MarketingShare / (double)DealSize / (double)CloseRate > (double)MostLeads)
        {
            problems.Add(new("quota", $"asks for more than {FormulaText.N(MostLeads)} leads; check the quota and the deal size are in the same currency unit"));
        }

        return problems;
    }
}

/// <summary>One problem with a calculator input: the input's name and what was expected.</summary>
public sealed record InputProblem(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
