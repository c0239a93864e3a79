namespace Pactum.Domain.Agreements;

/// <summary>One section of a side-by-side column; never empty.</summary>
/// <param name="Key">
/// A stable key for styling and tests: <c>goals</c>, <c>requirements</c> (what the party needs), <c>deliveries</c>
/// (what it delivers), <c>contacts</c>, <c>consequences</c>, and in the shared column also <c>summary</c>,
/// <c>definitions</c>, <c>personas</c>, <c>cancellation</c>, <c>review</c>, <c>exclusions</c>.
/// </param>
/// <param name="Heading">The English heading shown above the items.</param>
/// <param name="Items">The items, at least one, in agreement order.</param>
public sealed record SideBySideSection(string Key, string Heading, IReadOnlyList<SideBySideItem> Items);
