namespace Pactum.Domain.Agreements;

/// <summary>
/// One side of an agreement: a department (marketing, sales, service) or a company (provider, customer). Parties are
/// kept in the order the file lists them; in a multi-level agreement that order is the chain, from the first provider
/// to the last.
/// </summary>
/// <param name="Id">The id other sections use to name the party (lower-case letters, digits, hyphens), e.g. <c>marketing</c>.</param>
/// <param name="Name">The party's name as shown to people, e.g. "Marketing".</param>
/// <param name="Role">In a customer agreement, whether the party provides or receives the service; otherwise null.</param>
public sealed record Party(string Id, string Name, PartyRole? Role);
