namespace Pactum.Domain.Calculator;

/// <summary>The checks every list of tiers shares: names present and unique, values not negative.</summary>
internal static class TierChecks
{
    /// <summary>Adds a problem for each empty or repeated name and each negative value, under <c>list[i].field</c>.</summary>
    internal static void NamesAndValues(string list, IReadOnlyList<(string Name, decimal ValuePerLead)> tiers, List<InputProblem> problems)
    {
        if (tiers.Count == 0)
        {
            problems.Add(new(list, "needs at least one tier"));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tiers.Count; i++)
        {
            var (name, value) = tiers[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add(new($"{list}[{i}].name", "must not be empty"));
            }
            else if (!seen.Add(name.Trim()))
            {
                problems.Add(new($"{list}[{i}].name", $"'{name}' names another tier already"));
            }

            problems.RequireNotNegative($"{list}[{i}].valuePerLead", value);
        }
    }
}
