using System.Collections.Concurrent;
using Pactum.Domain.Agreements;
using Pactum.Domain.Clocks;
using Pactum.Storage.Agreements;

namespace Pactum.Storage.Clocks;

/// <summary>
/// The clock plans of the stored agreements: the latest version of each for new and open runs, and any version a
/// closed run was judged by. A version is read and parsed once and kept (versions never change); which version is the
/// latest is asked of the database each time, a single small query (ids and version numbers, no text).
/// </summary>
public sealed class ClockPlans(AgreementStore agreements)
{
    private readonly ConcurrentDictionary<(string Id, int Version), ClockPlan?> _parsed = new();

    /// <summary>The plans of the latest version of every agreement that declares clocks.</summary>
    public IReadOnlyList<ClockPlan> Latest() =>
        agreements.LatestVersions().Select(a => At(a.Id, a.Version)).OfType<ClockPlan>().ToList();

    /// <summary>The plan of agreement <paramref name="id"/> at <paramref name="version"/>; null when that version declares no clocks.</summary>
    public ClockPlan? At(string id, int version) =>
        _parsed.GetOrAdd((id, version), key => agreements.Find(key.Id, key.Version) is { } stored ? Parse(stored) : null);

    private static ClockPlan? Parse(StoredAgreement stored)
    {
        var parsed = AgreementFile.Parse(stored.Yaml, $"{stored.Id}.yaml");
        return parsed.IsValid
            ? ClockPlan.Of(parsed.Value!, stored.Version)
            : throw new InvalidOperationException($"Stored agreement {stored.Id} v{stored.Version} no longer parses: {parsed.Errors[0]}");
    }
}
