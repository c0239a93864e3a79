using NodaTime;

namespace Pactum.Storage.Agreements;

/// <summary>One stored version of an agreement: its YAML text as written and who stored it when, and when it takes effect (SPEC A5).</summary>
public sealed record StoredAgreement(string Id, int Version, string Title, string Kind, string Yaml, Instant StoredAt, string StoredBy)
{
    /// <summary>True when the version was proposed and waits for (or had) every party's sign-off; false when it was applied at once.</summary>
    public bool NeedsSignOff { get; init; }

    /// <summary>The day a proposed version asks to take effect on, or null for "as soon as everyone has signed".</summary>
    public LocalDate? TakesEffect { get; init; }

    /// <summary>When the version took (or will take) effect; null while it waits for sign-off.</summary>
    public Instant? EffectiveAt { get; init; }

    /// <summary>Whether the version is in effect at <paramref name="now"/> (it may since have been replaced by a newer one).</summary>
    public bool IsEffectiveAt(Instant now) => EffectiveAt is { } at && at <= now;
}

/// <summary>How a new version is proposed for sign-off: the day it should take effect, or null for when everyone has signed.</summary>
public sealed record VersionProposal(LocalDate? TakesEffect);

/// <summary>A party's sign-off of a version: the contact who signed and when.</summary>
public sealed record SignOff(string Party, string Contact, Instant SignedAt);
