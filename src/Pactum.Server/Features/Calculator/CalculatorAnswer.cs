namespace Pactum.Server.Features.Calculator;

/// <summary>A calculator's answer, or every reason there is none (each naming the field it is about).</summary>
public sealed record CalculatorAnswer<T>(T? Value, IReadOnlyList<string> Errors)
    where T : class
{
    public static CalculatorAnswer<T> Ok(T value) => new(value, []);

    public static CalculatorAnswer<T> Invalid(IReadOnlyList<string> errors) => new(null, errors);
}
