using System.Collections.Concurrent;
using Pactum.Domain.Agreements;
using Pactum.Storage.Agreements;

namespace Pactum.Server.Features.Routing;

/// <summary>
/// Finds the <see cref="RoutingPlan"/> in effect: which version is in effect is asked of the database each time (ids and
/// numbers only); a version's text is parsed once and kept (versions never change).
/// </summary>
public sealed class RoutingPlans(AgreementStore agreements)
{
    private readonly ConcurrentDictionary<(string Id, int Version), RoutingPlan?> _parsed = new();

    /// <summary>The plan in effect, or null when no agreement in effect says what hands a lead off.</summary>
    public RoutingPlan? Current() =>
        agreements.LatestVersions().Select(v => At(v.Id, v.Version)).FirstOrDefault(p => p is not null);

    /// <summary>The plan of a version, or null when it has no hand-off rules.</summary>
    public RoutingPlan? At(string id, int version)
    {
        if (_parsed.TryGetValue((id, version), out var plan))
        {
            return plan;
        }

        var (loaded, final) = Load(id, version);
        if (final)
        {
            _parsed[(id, version)] = loaded; // kept once the version has taken effect: its instant no longer changes
        }

        return loaded;
    }

    /// <summary>The plan <paramref name="agreement"/> would make if it took effect at <paramref name="at"/> (a preview).</summary>
    public static RoutingPlan? Of(Agreement agreement, int version, NodaTime.Instant at) =>
        agreement.HandOff is null ? null : new RoutingPlan(agreement, version, at);

    private (RoutingPlan? Plan, bool Final) Load(string id, int version)
    {
        if (agreements.Find(id, version) is not { } stored)
        {
            return (null, false);
        }

        var parsed = AgreementFile.Parse(stored.Yaml, $"{id}.yaml");
        return (parsed.IsValid ? Of(parsed.Value!, version, stored.EffectiveAt ?? stored.StoredAt) : null, stored.EffectiveAt is not null);
    }
}
