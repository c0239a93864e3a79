namespace Pactum.Domain.Calculator;

/// <summary>
/// The sales side's bandwidth for one period (SPEC G5): the leads the marketing goal sends, the team, the follow-up
/// the SLA asks per lead and the time reps have for it. All figures are for the same period (a month unless said).
/// </summary>
/// <param name="LeadsPerPeriod">Marketing leads handed to sales in the period (zero or more), e.g. the G1 leads needed.</param>
/// <param name="Reps">Sales reps working those leads (at least one).</param>
/// <param name="AttemptsPerLead">Follow-up attempts the SLA asks per lead (greater than 0; an average may be fractional).</param>
/// <param name="MinutesPerAttempt">Minutes one attempt takes, including its notes (greater than 0).</param>
/// <param name="MarketingHoursPerRep">Hours each rep has in the period for marketing leads (greater than 0).</param>
/// <param name="SelfSourcedHoursPerRep">Hours each rep spends in the period on self-sourced leads (zero or more), reported only; null when unknown.</param>
public sealed record SalesCapacityInputs(long LeadsPerPeriod, int Reps, decimal AttemptsPerLead, decimal MinutesPerAttempt, decimal MarketingHoursPerRep, decimal? SelfSourcedHoursPerRep = null)
{
    /// <summary>Every problem with these inputs as (field, message); empty when they can be checked.</summary>
    public IReadOnlyList<InputProblem> Problems()
    {
        var problems = new List<InputProblem>();
        problems.RequireNotNegative("leadsPerPeriod", LeadsPerPeriod);
        if (Reps < 1)
        {
            problems.Add(new("reps", $"must be at least 1 (got {Reps})"));
        }

        problems.RequirePositive("attemptsPerLead", AttemptsPerLead);
        problems.RequirePositive("minutesPerAttempt", MinutesPerAttempt);
        problems.RequirePositive("marketingHoursPerRep", MarketingHoursPerRep, "reps with no time for marketing leads can work none");
        problems.RequireNotNegative("selfSourcedHoursPerRep", SelfSourcedHoursPerRep ?? 0m);

        return problems;
    }
}
