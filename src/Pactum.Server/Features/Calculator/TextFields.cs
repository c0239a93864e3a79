using System.Globalization;
using NodaTime;
using Pactum.Domain.Calculator;
using Pactum.Domain.Time;

namespace Pactum.Server.Features.Calculator;

/// <summary>
/// Reads the values of a calculator question as users type them (numbers, shares as <c>0.5</c> or <c>50%</c>,
/// ISO-8601 instants), collecting one message per bad or missing field, named the way the user knows the field.
/// </summary>
/// <param name="label">Turns a field name (<c>closeRate</c>) into what the user typed it under (<c>--close-rate</c>).</param>
public sealed class TextFields(Func<string, string>? label = null)
{
    private readonly Func<string, string> _label = label ?? (name => name);

    /// <summary>Every problem found so far.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>An amount of money or time (a decimal number; a leading currency sign is ignored); 0 when bad or missing.</summary>
    public decimal Amount(string? text, string field) => Optional(text, field) ?? Required(field, "a number such as 5000 or 1234.5");

    /// <summary>An amount that may be left out (null then).</summary>
    public decimal? Optional(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim().TrimStart('$', '€', '£', '¥', '฿'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Errors.Add($"{Label(field)}: '{text}' is not a number (write it like 5000 or 1234.5)");
        return 0;
    }

    /// <summary>A whole count (leads, customers, reps); 0 when bad or missing.</summary>
    public long Count(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (long)Required(field, "a whole number");
        }

        if (long.TryParse(text.Trim(), NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Errors.Add($"{Label(field)}: '{text}' is not a whole number");
        return 0;
    }

    /// <summary>A share or rate: a fraction (0.5) or a percentage (50%); 0 when bad or missing.</summary>
    public decimal Share(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Required(field, "a fraction such as 0.5 or a percentage such as 50%");
        }

        if (Fraction.TryParse(text, out var fraction, out var error))
        {
            return fraction;
        }

        Errors.Add($"{Label(field)}: {error}");
        return 0;
    }

    /// <summary>An ISO-8601 instant with Z or an offset.</summary>
    public Instant Instant(string? text, string field) => InstantText.ParseField(Label(field), text, Errors);

    /// <summary>Adds the domain's problems with the inputs, each named the way the user knows the field.</summary>
    public void AddProblems(IEnumerable<InputProblem> problems) => Errors.AddRange(problems.Select(p => $"{Label(p.Field)}: {p.Message}"));

    /// <summary>The user's name for <paramref name="field"/>.</summary>
    public string Label(string field) => _label(field);

    private decimal Required(string field, string expected)
    {
        Errors.Add($"{Label(field)}: is required ({expected})");
        return 0;
    }
}
