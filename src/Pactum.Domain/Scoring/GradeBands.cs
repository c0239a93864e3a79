namespace Pactum.Domain.Scoring;

/// <summary>
/// The bands of a lead's grade (SPEC L4): the letter is A when fit reaches <see cref="FitA"/>, B when it reaches
/// <see cref="FitB"/>, C otherwise; the digit is 1 when interest reaches <see cref="Interest1"/>, 2 when it reaches
/// <see cref="Interest2"/>, 3 otherwise — an A1 lead fits best and is most interested.
/// </summary>
public sealed record GradeBands
{
    /// <summary>The least fit of an A.</summary>
    public decimal FitA { get; init; } = 50;

    /// <summary>The least fit of a B.</summary>
    public decimal FitB { get; init; } = 25;

    /// <summary>The least interest of a 1.</summary>
    public decimal Interest1 { get; init; } = 40;

    /// <summary>The least interest of a 2.</summary>
    public decimal Interest2 { get; init; } = 20;

    /// <summary>The grade of <paramref name="fit"/> and <paramref name="interest"/>, e.g. <c>B1</c>.</summary>
    public string Of(decimal fit, decimal interest) =>
        $"{(fit >= FitA ? 'A' : fit >= FitB ? 'B' : 'C')}{(interest >= Interest1 ? '1' : interest >= Interest2 ? '2' : '3')}";
}
