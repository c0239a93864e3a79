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
    /// <summary>Every problem with these inputs as (field, message); empty when they can be calculated.</summary>
    public IReadOnlyList<InputProblem> Problems()
    {
        var problems = new List<InputProblem>();
        if (Quota < 0)
        {
            problems.Add(new("quota", $"must be zero or more (got {Quota})"));
        }

        if (MarketingShare is < 0 or > 1)
        {
            problems.Add(new("marketingShare", $"must be a fraction from 0 to 1 (got {MarketingShare})"));
        }

        if (DealSize <= 0)
        {
            problems.Add(new("dealSize", $"must be greater than 0 (got {DealSize})"));
        }

        if (CloseRate is <= 0 or > 1)
        {
            problems.Add(new("closeRate", $"must be a fraction greater than 0 and at most 1 (got {CloseRate})"));
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
