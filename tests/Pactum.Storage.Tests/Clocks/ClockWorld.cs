using Dapper;
using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Storage.Agreements;
using Pactum.Storage.Clocks;
using Pactum.Storage.Leads;
using Pactum.Testing;

namespace Pactum.Storage.Tests.Clocks;

/// <summary>
/// A database holding the sample internal agreement (first touch in 60 business minutes, warning at 75%, on a New York
/// 09–17 calendar) and the clock services wired as the server wires them; the clock starts at Monday 2 November 2026
/// 14:00 UTC, 09:00 in New York.
/// </summary>
internal sealed class ClockWorld : IDisposable
{
    public static readonly Instant Monday9 = Instant.FromUtc(2026, 11, 2, 14, 0);

    private readonly TempDatabase _db = new();

    public ClockWorld()
    {
        Agreements = new AgreementStore(_db.Database, _db.Clock);
        StoreAgreement(SampleYaml);
        Plans = new ClockPlans(Agreements);
        Restart();
    }

    public static string SampleYaml { get; } = File.ReadAllText(Path.Combine(Repository.Root(), "samples", "agreements", "company-x-internal.yaml"));

    public FixedClock Clock => _db.Clock;

    public AgreementStore Agreements { get; }

    public ClockPlans Plans { get; }

    public ClockAlarms Alarms { get; private set; } = null!;

    public EventLog Log { get; private set; } = null!;

    public ClockSweeper Sweeper { get; private set; } = null!;

    public ClockStore Store { get; private set; } = null!;

    /// <summary>Starts over as a restarted server does: a new, empty queue and sweeper, rebuilt from the database.</summary>
    public void Restart()
    {
        Alarms = new ClockAlarms();
        var projector = new ClockProjector(Plans, Alarms);
        Log = new EventLog(_db.Database, Clock, projector);
        Sweeper = new ClockSweeper(_db.Database, Plans, Alarms, Clock);
        Store = new ClockStore(_db.Database, projector, Clock);
        Sweeper.Rebuild();
    }

    public void StoreAgreement(string yaml, string id = "company-x-internal") =>
        Agreements.Store(id, "Company X", "internal", yaml.Replace("id: company-x-internal", $"id: {id}", StringComparison.Ordinal), "test");

    /// <summary>The sample with a 120-minute first touch instead of 60.</summary>
    public static string LongerFirstTouch { get; } = SampleYaml.Replace("goal: 60 minutes", "goal: 120 minutes", StringComparison.Ordinal);

    public void Append(string eventId, string leadId, LeadEventType type, Instant at) =>
        Log.Append([new LeadEvent { EventId = eventId, LeadId = leadId, Type = type, OccurredAt = at, Owner = "Dana" }]);

    /// <summary>The run of <paramref name="clockId"/> on <paramref name="leadId"/> (its first).</summary>
    public StoredClockRun Run(string leadId, string clockId) => Store.RunsOf(leadId).Single(r => r.Run.ClockId == clockId && r.Run.Run == 1);

    /// <summary>The notices in the outbox: type and the lead named in the payload.</summary>
    public IReadOnlyList<(string Type, string Payload)> Notices()
    {
        using var connection = _db.Database.Connect();
        return connection.Query<(string, string)>("SELECT type, payload FROM notices ORDER BY id").ToList();
    }

    public void Dispose() => _db.Dispose();
}
