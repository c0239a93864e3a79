namespace Pactum.Domain.Calculator;

/// <summary>
/// A service-credit tier (SPEC G6), e.g. (0.999, 0.1): a measured availability strictly below
/// <paramref name="Below"/> earns a credit of <paramref name="Credit"/> of the monthly fee; exactly at the threshold earns none.
/// </summary>
/// <param name="Below">The availability threshold, a fraction in (0, 1].</param>
/// <param name="Credit">The credit as a fraction of the fee, in [0, 1].</param>
public sealed record ServiceCreditTier(decimal Below, decimal Credit);
