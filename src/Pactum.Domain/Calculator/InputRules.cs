using static Pactum.Domain.Calculator.FormulaText;

namespace Pactum.Domain.Calculator;

/// <summary>
/// The common checks of calculator inputs, each adding an <see cref="InputProblem"/> that names the field, says what
/// was expected and quotes the value (invariant culture) when the check fails, and returning whether it passed.
/// </summary>
internal static class InputRules
{
    /// <summary>Zero or more.</summary>
    internal static bool RequireNotNegative(this List<InputProblem> problems, string field, decimal value) =>
        problems.Check(value >= 0, field, $"must be zero or more (got {N(value)})");

    /// <summary>Greater than 0; <paramref name="why"/>, when given, says what 0 would mean.</summary>
    internal static bool RequirePositive(this List<InputProblem> problems, string field, decimal value, string? why = null) =>
        problems.Check(value > 0, field, $"must be greater than 0{(why is null ? "" : $": {why}")} (got {N(value)})");

    /// <summary>A fraction in [0, 1]; <paramref name="of"/>, when given, names what it is a fraction of.</summary>
    internal static bool RequireFraction(this List<InputProblem> problems, string field, decimal value, string? of = null) =>
        problems.Check(value is >= 0 and <= 1, field, $"must be a fraction{(of is null ? "" : $" of {of}")} from 0 to 1 (got {N(value)})");

    private static bool Check(this List<InputProblem> problems, bool passed, string field, string message)
    {
        if (!passed)
        {
            problems.Add(new(field, message));
        }

        return passed;
    }
}
