using NodaTime.Text;
using Pactum.Domain.Agreements;

namespace Pactum.Server.Features.Agreements;

/// <summary>
/// One agreement version side by side (SPEC A4): a column per party, in the agreement's party order, and a shared
/// column, each with its sections (goals, requirements, contacts, consequences …).
/// </summary>
public sealed record AgreementView(string Id, string Title, string Kind, int Version, string StoredAt, string StoredBy, IReadOnlyList<SideBySideColumn> Columns)
{
    public static AgreementView From(LoadedAgreement loaded) => new(
        loaded.Stored.Id,
        loaded.Stored.Title,
        loaded.Agreement.Kind.ToFileText(),
        loaded.Stored.Version,
        InstantPattern.ExtendedIso.Format(loaded.Stored.StoredAt),
        loaded.Stored.StoredBy,
        SideBySide.Of(loaded.Agreement));
}
