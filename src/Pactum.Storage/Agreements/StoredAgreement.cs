using NodaTime;

namespace Pactum.Storage.Agreements;

/// <summary>One stored version of an agreement: its YAML text as written and who stored it when.</summary>
public sealed record StoredAgreement(string Id, int Version, string Title, string Kind, string Yaml, Instant StoredAt, string StoredBy);
