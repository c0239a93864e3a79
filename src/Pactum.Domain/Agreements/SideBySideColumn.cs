namespace Pactum.Domain.Agreements;

/// <summary>One column of the side-by-side view: a party's, or the shared one.</summary>
/// <param name="Key">The party's id, or <c>shared</c> for the shared column.</param>
/// <param name="Title">The party's name, or "Shared".</param>
/// <param name="Sections">The column's sections, empty ones left out.</param>
public sealed record SideBySideColumn(string Key, string Title, IReadOnlyList<SideBySideSection> Sections);
