namespace Pactum.Domain.Calculator;

/// <summary>The calculators' guard: inputs with problems reaching a calculation are a bug in the caller.</summary>
internal static class InputCheck
{
    /// <summary>Throws <see cref="ArgumentException"/> naming every problem when there is any.</summary>
    internal static void ThrowIfAny(IReadOnlyList<InputProblem> problems, string parameter)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid calculator inputs: {string.Join("; ", problems)}", parameter);
        }
    }
}
