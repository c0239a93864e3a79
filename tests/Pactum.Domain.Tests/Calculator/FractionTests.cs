using Pactum.Domain.Calculator;

namespace Pactum.Domain.Tests.Calculator;

/// <summary>Shares and rates as people write them (SPEC I1): 0.5 or 50%.</summary>
public sealed class FractionTests
{
    [Theory]
    [InlineData("0.5", 0.5)] // a fraction
    [InlineData("50%", 0.5)] // a percentage
    [InlineData(" 50 % ", 0.5)] // spaces around the number and before the sign
    [InlineData("100%", 1)] // all of it
    [InlineData("1", 1)] // 1 is the whole, not 1%
    [InlineData("0", 0)] // none
    [InlineData("0.500", 0.5)] // trailing zeros are dropped
    [InlineData("12.5%", 0.125)] // a fractional percentage
    public void TryParse_FractionOrPercentage_ReturnsFraction(string text, double expected)
    {
        Assert.True(Fraction.TryParse(text, out var fraction, out var error), error);
        Assert.Equal((decimal)expected, fraction);
    }

    [Theory]
    [InlineData("50", "did you mean 50%?")] // a bare percentage is refused, with a hint
    [InlineData("1.5", "outside 0–1")] // above the whole
    [InlineData("150%", "outside 0–1")] // a percentage above 100
    [InlineData("-0.1", "outside 0–1")] // negative
    [InlineData("abc", "not a fraction or a percentage")] // not a number
    [InlineData("", "not a fraction or a percentage")] // nothing
    [InlineData(null, "not a fraction or a percentage")] // missing
    public void TryParse_Invalid_ExplainsWhatWasExpected(string? text, string expected)
    {
        Assert.False(Fraction.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_OneAndAHalf_HintsAtAPercentage()
    {
        // 1.5 is read neither as 150% nor as 1.5%: it is refused, and the hint offers the percentage.
        Assert.False(Fraction.TryParse("1.5", out _, out var error));
        Assert.Contains("did you mean 1.5%?", error, StringComparison.Ordinal);
    }
}
