namespace Pactum.Domain.Calculator;

/// <summary>
/// The expected mix of lead quality tiers (SPEC G4): each tier's share of all leads and what one of its leads is
/// worth. The shares must add up to 1 within <see cref="ShareTolerance"/>.
/// </summary>
/// <param name="Tiers">The tiers, in display order (at least one).</param>
public sealed record LeadMix(IReadOnlyList<LeadTier> Tiers)
{
    /// <summary>How far the shares may add up from 1 (0.0001, a hundredth of a percent), to allow for rounded shares.</summary>
    public const decimal ShareTolerance = 0.0001m;

    /// <summary>What one lead of the mix is worth on average: Σ share × value per lead, exact.</summary>
    public decimal ValuePerLead => Tiers.Sum(t => t.Share * t.ValuePerLead).Normalize();

    /// <summary>Every problem with the mix as (field, message); empty when it can be used.</summary>
    public IReadOnlyList<InputProblem> Problems()
    {
        var problems = new List<InputProblem>();
        TierChecks.NamesAndValues("tiers", [.. Tiers.Select(t => (t.Name, t.ValuePerLead))], problems);
        for (var i = 0; i < Tiers.Count; i++)
        {
            problems.RequireFraction($"tiers[{i}].share", Tiers[i].Share);
        }

        var total = Tiers.Sum(t => t.Share);
        if (Tiers.Count > 0 && Math.Abs(total - 1m) > ShareTolerance)
        {
            problems.Add(new("tiers", $"the shares must add up to 1 (100%) within {ShareTolerance}; they add up to {total.Normalize()}"));
        }

        return problems;
    }
}
