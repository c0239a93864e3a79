using NodaTime;

namespace Pactum.Domain.Leads.Demo;

/// <summary>
/// What <see cref="DemoHistory.Generate"/> makes: how many leads are created, over how many calendar months, from
/// which seed, up to which instant and in which time zone (the one the sales team works in).
/// </summary>
/// <param name="Leads">
/// Leads created over the whole history (not leads handed off: about 85% of the created leads are handed off).
/// Zero or more.
/// </param>
/// <param name="Months">
/// Calendar months covered, in <paramref name="Zone"/>, ending with the month of <paramref name="Until"/> (which is
/// covered only up to <paramref name="Until"/>). One or more.
/// </param>
/// <param name="Seed">The seed of the pseudo-random choices: the same options always give the same history.</param>
/// <param name="Until">No event happens after this instant; leads created shortly before it are still being worked.</param>
/// <param name="Zone">
/// The time zone of the months, of the sales team's business hours (Monday to Friday 09:00–17:00) and of the hours
/// leads arrive in.
/// </param>
public sealed record DemoHistoryOptions(int Leads, int Months, int Seed, Instant Until, DateTimeZone Zone)
{
    /// <summary>The leads created in the Company X demo: about 650 of them are handed off to sales.</summary>
    public const int CompanyXLeads = 780;

    /// <summary>The months the Company X demo covers.</summary>
    public const int CompanyXMonths = 6;

    /// <summary>The seed of the Company X demo.</summary>
    public const int CompanyXSeed = 42;

    /// <summary>
    /// The default demo: Company X (samples/agreements/company-x-internal.yaml), 780 leads created over the six
    /// months ending with the month of <paramref name="until"/>, seed 42, in America/New_York.
    /// </summary>
    public static DemoHistoryOptions CompanyX(Instant until) =>
        new(CompanyXLeads, CompanyXMonths, CompanyXSeed, until, DateTimeZoneProviders.Tzdb["America/New_York"]);
}
