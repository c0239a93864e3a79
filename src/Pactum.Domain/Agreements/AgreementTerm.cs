using NodaTime;

namespace Pactum.Domain.Agreements;

/// <summary>
/// When an agreement is in effect: from <see cref="Starts"/> to <see cref="Ends"/>, both whole local days in the
/// agreement's time zone and both included; open-ended when <see cref="Ends"/> is absent.
/// </summary>
/// <param name="Starts">The first day the agreement is in effect.</param>
/// <param name="Ends">The last day it is in effect (on or after <paramref name="Starts"/>), or null while it runs on.</param>
public sealed record AgreementTerm(LocalDate Starts, LocalDate? Ends)
{
    /// <summary>Whether <paramref name="day"/> lies in the term (both ends included).</summary>
    public bool Contains(LocalDate day) => day >= Starts && (Ends is null || day <= Ends);

    /// <summary>The term as people write it: <c>2026-01-01 – 2026-12-31</c>, or <c>from 2026-01-01</c> when open-ended.</summary>
    public override string ToString() => Ends is { } ends ? $"{Starts:uuuu-MM-dd} – {ends:uuuu-MM-dd}" : $"from {Starts:uuuu-MM-dd}";
}
