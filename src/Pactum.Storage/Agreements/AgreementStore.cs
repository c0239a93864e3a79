using Dapper;
using NodaTime;
using NodaTime.Text;
using Pactum.Storage.Database;

namespace Pactum.Storage.Agreements;

/// <summary>
/// Keeps every version of every agreement (SPEC A5). Storing a text identical to the newest version stores nothing;
/// storing a changed text adds the next version number (the version written in the file is informative only).
/// </summary>
/// <remarks>
/// A version is either applied at once (an upload by an administrator, the API, the command line: in effect from the
/// moment it is stored) or proposed: then it waits until a contact of every party has signed it off, and takes effect
/// on the date it names (the start of that day in the agreement's zone) or, when that has passed or it names none, at
/// the last sign-off. "The" version of an agreement (<see cref="Latest"/>, <see cref="Find"/> without a number) is the
/// newest one in effect now; an agreement none of whose versions is in effect yet shows its newest.
/// </remarks>
public sealed class AgreementStore(SqliteDatabase database, IClock clock)
{
    // The version in effect of each agreement: the newest whose effective instant has come, else the newest of all.
    private const string InEffectWhere =
        """
        WHERE v.version = COALESCE(
            (SELECT MAX(version) FROM agreement_versions w WHERE w.agreement_id = v.agreement_id AND w.effective_ticks IS NOT NULL AND w.effective_ticks <= @now),
            (SELECT MAX(version) FROM agreement_versions w WHERE w.agreement_id = v.agreement_id))
        """;

    private const string InEffect = $"SELECT v.* FROM agreement_versions v {InEffectWhere}";

    /// <summary>The version in effect of each agreement, ordered by title.</summary>
    public IReadOnlyList<StoredAgreement> Latest()
    {
        using var connection = database.Connect();
        return connection.Query<Row>($"{InEffect} ORDER BY v.title, v.agreement_id", new { now = Now() }).Select(ToStored).ToList();
    }

    /// <summary>The id and version in effect of each agreement, by id: a small read for callers that cache what they parse.</summary>
    public IReadOnlyList<(string Id, int Version)> LatestVersions()
    {
        using var connection = database.Connect();
        return connection.Query<(string Id, long Version)>($"SELECT v.agreement_id, v.version FROM agreement_versions v {InEffectWhere} ORDER BY v.agreement_id", new { now = Now() })
            .Select(r => (r.Id, (int)r.Version)).ToList();
    }

    /// <summary>Every version of one agreement, newest first; empty when it is unknown.</summary>
    public IReadOnlyList<StoredAgreement> Versions(string id)
    {
        using var connection = database.Connect();
        return connection.Query<Row>("SELECT * FROM agreement_versions WHERE agreement_id = @id ORDER BY version DESC", new { id })
            .Select(ToStored).ToList();
    }

    /// <summary>One version (the one in effect when <paramref name="version"/> is null), or null when there is none.</summary>
    public StoredAgreement? Find(string id, int? version = null)
    {
        using var connection = database.Connect();
        var row = version is null
            ? connection.QueryFirstOrDefault<Row>($"{InEffect} AND v.agreement_id = @id", new { id, now = Now() })
            : connection.QueryFirstOrDefault<Row>("SELECT * FROM agreement_versions WHERE agreement_id = @id AND version = @version", new { id, version });
        return row is null ? null : ToStored(row);
    }

    /// <summary>
    /// Stores <paramref name="yaml"/> as the next version of agreement <paramref name="id"/>, unless it equals the
    /// newest version's text, in which case that version is returned and nothing is written. With
    /// <paramref name="proposal"/> the version waits for sign-off (and takes effect on its date); without, it is in
    /// effect at once.
    /// </summary>
    public (StoredAgreement Agreement, bool Created) Store(string id, string title, string kind, string yaml, string storedBy, VersionProposal? proposal = null)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        var latest = connection.QueryFirstOrDefault<Row>(
            "SELECT * FROM agreement_versions WHERE agreement_id = @id ORDER BY version DESC LIMIT 1", new { id }, transaction);
        if (latest is not null && latest.yaml == yaml)
        {
            return (ToStored(latest), false);
        }

        var now = clock.GetCurrentInstant();
        var version = (int)(latest?.version ?? 0) + 1;
        connection.Execute(
            """
            INSERT INTO agreement_versions (agreement_id, version, title, kind, yaml, stored_at, stored_by, takes_effect, effective_ticks, needs_sign_off)
            VALUES (@id, @version, @title, @kind, @yaml, @storedAt, @storedBy, @takesEffect, @effective, @needsSignOff)
            """,
            new
            {
                id, version, title, kind, yaml, storedAt = InstantPattern.ExtendedIso.Format(now), storedBy,
                takesEffect = proposal?.TakesEffect?.ToString("uuuu-MM-dd", null),
                effective = proposal is null ? now.ToUnixTimeTicks() : (long?)null,
                needsSignOff = proposal is null ? 0 : 1,
            },
            transaction);
        var stored = ToStored(connection.QueryFirst<Row>("SELECT * FROM agreement_versions WHERE agreement_id = @id AND version = @version", new { id, version }, transaction));
        transaction.Commit();
        return (stored, true);
    }

    /// <summary>The sign-offs of one version, in the order they were given.</summary>
    public IReadOnlyList<SignOff> SignOffs(string id, int version)
    {
        using var connection = database.Connect();
        return connection.Query<(string Party, string Contact, long Signed)>(
            "SELECT party, contact, signed_ticks FROM agreement_signoffs WHERE agreement_id = @id AND version = @version ORDER BY signed_ticks, party",
            new { id, version })
            .Select(s => new SignOff(s.Party, s.Contact, Instant.FromUnixTimeTicks(s.Signed))).ToList();
    }

    /// <summary>
    /// Records that <paramref name="contact"/> signed version <paramref name="version"/> off for <paramref name="party"/>
    /// (a second sign-off for the same party replaces nothing and is ignored). When every party of
    /// <paramref name="parties"/> has then signed, the version takes effect at <paramref name="effectiveAt"/>, or now if
    /// that has passed. Returns the version as it stands afterwards; null when it does not exist.
    /// </summary>
    public StoredAgreement? SignOff(string id, int version, string party, string contact, IReadOnlyCollection<string> parties, Instant? effectiveAt)
    {
        var now = clock.GetCurrentInstant();
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        var row = connection.QueryFirstOrDefault<Row>("SELECT * FROM agreement_versions WHERE agreement_id = @id AND version = @version", new { id, version }, transaction);
        if (row is null)
        {
            return null;
        }

        connection.Execute(
            "INSERT OR IGNORE INTO agreement_signoffs (agreement_id, version, party, contact, signed_ticks) VALUES (@id, @version, @party, @contact, @now)",
            new { id, version, party, contact, now = now.ToUnixTimeTicks() }, transaction);
        var signed = connection.Query<string>("SELECT party FROM agreement_signoffs WHERE agreement_id = @id AND version = @version", new { id, version }, transaction).ToHashSet();
        if (row.effective_ticks is null && parties.All(signed.Contains))
        {
            var at = effectiveAt is { } e && e > now ? e : now;
            connection.Execute("UPDATE agreement_versions SET effective_ticks = @at WHERE agreement_id = @id AND version = @version",
                new { id, version, at = at.ToUnixTimeTicks() }, transaction);
        }

        var after = connection.QueryFirst<Row>("SELECT * FROM agreement_versions WHERE agreement_id = @id AND version = @version", new { id, version }, transaction);
        transaction.Commit();
        return ToStored(after);
    }

    private long Now() => clock.GetCurrentInstant().ToUnixTimeTicks();

    private static StoredAgreement ToStored(Row row) => new(
        row.agreement_id, (int)row.version, row.title, row.kind, row.yaml,
        InstantPattern.ExtendedIso.Parse(row.stored_at).GetValueOrThrow(), row.stored_by)
    {
        NeedsSignOff = row.needs_sign_off != 0,
        TakesEffect = row.takes_effect is { } day ? LocalDatePattern.Iso.Parse(day).GetValueOrThrow() : null,
        EffectiveAt = row.effective_ticks is { } ticks ? Instant.FromUnixTimeTicks(ticks) : null,
    };

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Column names.")]
    private sealed record Row(
        string agreement_id, long version, string title, string kind, string yaml, string stored_at, string stored_by, string? takes_effect, long? effective_ticks, long needs_sign_off);
}
