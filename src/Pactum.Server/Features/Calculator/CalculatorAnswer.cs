namespace Pactum.Server.Features.Calculator;

/// <summary>A calculator's answer, or every reason there is none (each naming the field it is about).</summary>
public sealed record CalculatorAnswer<T>(T? Value, IReadOnlyList<string> Errors)
    where T : class
{
    public static CalculatorAnswer<T> Ok(T value) => new(value, []);

    /// <summary>
    /// The answer <paramref name="compute"/> gives; when the figures overflow what a decimal holds (inputs far beyond any
    /// company's, multiplied together), the reason instead of an error.
    /// </summary>
    public static CalculatorAnswer<T> Computed(Func<T> compute)
    {
        try
        {
            return Ok(compute());
        }
        catch (OverflowException)
        {
            return Invalid(["the figures are too large to compute: check the inputs for a misplaced digit"]);
        }
    }

    public static CalculatorAnswer<T> Invalid(IReadOnlyList<string> errors) => new(null, errors);
}
