using Pactum.Domain.Agreements;
using Pactum.Domain.Files;
using Pactum.Domain.Limits;
using Pactum.Storage.Agreements;
using Pactum.Storage.Clocks;

namespace Pactum.Server.Features.Agreements;

/// <summary>The agreements the server holds: validated on the way in, stored with every version, parsed on the way out.</summary>
/// <remarks>A new version recomputes the open clock runs of the agreement from their original start; closed runs keep their verdict.</remarks>
public sealed class AgreementCatalog(AgreementStore store, ClockStore clocks, Pactum.Storage.Reports.ReportStore reports)
{
    private const string SamplePrefix = "samples/agreements/";

    /// <summary>The latest version of every agreement.</summary>
    public IReadOnlyList<StoredAgreement> Latest() => store.Latest();

    /// <summary>
    /// The time zone pages report in when the user names none: the calendar zone of the first agreement (by title)
    /// that has a calendar, else UTC.
    /// </summary>
    public NodaTime.DateTimeZone DefaultZone() =>
        LatestParsed().Select(a => a.Agreement.Calendar?.Zone).FirstOrDefault(z => z is not null) ?? NodaTime.DateTimeZone.Utc;

    /// <summary>The latest version of every agreement, parsed (each read once).</summary>
    public IEnumerable<LoadedAgreement> LatestParsed() => Latest().Select(Parsed);

    /// <summary>Every version of one agreement, newest first.</summary>
    public IReadOnlyList<StoredAgreement> Versions(string id) => store.Versions(id);

    /// <summary>Validates <paramref name="yaml"/> without storing it.</summary>
    public static ParseResult<Agreement> Validate(string yaml, string fileName) => AgreementFile.Parse(yaml, fileName);

    /// <summary>
    /// Validates and stores <paramref name="yaml"/>; an invalid file stores nothing and returns every error.
    /// The same text as the latest version stores nothing new.
    /// </summary>
    public AgreementUpload Upload(string yaml, string fileName, string storedBy)
    {
        var parsed = AgreementFile.Parse(yaml, fileName);
        if (!parsed.IsValid)
        {
            return new AgreementUpload(null, false, parsed.Errors, 0);
        }

        var agreement = parsed.Value!;
        var (stored, created) = store.Store(agreement.Id, agreement.Title, agreement.Kind.ToFileText(), yaml, storedBy);
        var moved = created && stored.Version > 1 ? clocks.RecomputeOpen(agreement.Id) : [];
        if (agreement.Calendar?.Zone is { } zone)
        {
            reports.Track(zone); // its reports read daily aggregates in its zone
        }

        return new AgreementUpload(stored, created, [], moved.Count);
    }

    /// <summary>
    /// Validates <paramref name="yaml"/> and stores it as a new version of agreement <paramref name="id"/> that waits for
    /// every party's sign-off (SPEC A5) and then takes effect on <paramref name="takesEffect"/> (or at once). The file
    /// must be of the same agreement; the same text as the newest version stores nothing new.
    /// </summary>
    public AgreementUpload Propose(string id, string yaml, string proposedBy, NodaTime.LocalDate? takesEffect)
    {
        if (InputLimits.Problem("proposedBy", proposedBy, InputLimits.MaxIdLength) is { } tooLong)
        {
            return new AgreementUpload(null, false, [new FileError($"{id}.yaml", 0, 0, "", tooLong)], 0);
        }

        var parsed = AgreementFile.Parse(yaml, $"{id}.yaml");
        if (!parsed.IsValid)
        {
            return new AgreementUpload(null, false, parsed.Errors, 0);
        }

        var agreement = parsed.Value!;
        if (agreement.Id != id)
        {
            return new AgreementUpload(null, false, [new FileError($"{id}.yaml", 1, 1, "id", $"is '{agreement.Id}'; a new version of '{id}' must keep its id")], 0);
        }

        var (stored, created) = store.Store(agreement.Id, agreement.Title, agreement.Kind.ToFileText(), yaml, proposedBy, new VersionProposal(takesEffect));
        return new AgreementUpload(stored, created, [], 0);
    }

    /// <summary>
    /// Signs version <paramref name="version"/> of <paramref name="id"/> off for <paramref name="party"/> as
    /// <paramref name="contact"/> (a point of contact of that party in that version). Once every party has signed, the
    /// version takes effect on its date (or now), and open clocks are recomputed when it takes effect now. Returns the
    /// problem in words, or null when it was recorded.
    /// </summary>
    public string? SignOff(string id, int version, string party, string contact)
    {
        if (Find(id, version) is not { } loaded)
        {
            return $"version {version} of '{id}' does not exist";
        }

        var agreement = loaded.Agreement;
        if (agreement.FindParty(party) is null)
        {
            return $"party: '{party}' is not a party of this agreement; expected one of {string.Join(", ", agreement.Parties.Select(p => p.Id))}";
        }

        if (!agreement.Contacts.Any(c => c.Party == party && string.Equals(c.Name, contact, StringComparison.OrdinalIgnoreCase)))
        {
            return $"contact: '{contact}' is not a point of contact of {party} in version {version}";
        }

        var zone = agreement.Calendar?.Zone ?? NodaTime.DateTimeZone.Utc;
        var effectiveAt = loaded.Stored.TakesEffect?.AtStartOfDayInZone(zone).ToInstant();
        var before = Find(id)?.Stored.Version;
        store.SignOff(id, version, party, contact, agreement.Parties.Select(p => p.Id).ToList(), effectiveAt);
        if (Find(id)?.Stored.Version != before)
        {
            clocks.RecomputeOpen(id);
            if (agreement.Calendar?.Zone is { } calendarZone)
            {
                reports.Track(calendarZone);
            }
        }

        return null;
    }

    /// <summary>The sign-offs of one version.</summary>
    public IReadOnlyList<SignOff> SignOffs(string id, int version) => store.SignOffs(id, version);

    /// <summary>One version of an agreement, parsed; null when it does not exist.</summary>
    public LoadedAgreement? Find(string id, int? version = null)
    {
        var stored = store.Find(id, version);
        return stored is null ? null : Parsed(stored);
    }

    /// <summary>A stored version parsed (a stored version that no longer parses is a bug, so it throws).</summary>
    private static LoadedAgreement Parsed(StoredAgreement stored)
    {
        var parsed = AgreementFile.Parse(stored.Yaml, $"{stored.Id}.yaml");
        return parsed.IsValid
            ? new LoadedAgreement(stored, parsed.Value!)
            : throw new InvalidOperationException($"Stored agreement {stored.Id} v{stored.Version} no longer parses: {parsed.Errors[0]}");
    }

    /// <summary>The sample agreements shipped with Pactum (the demo company), as file name and text.</summary>
    public static IReadOnlyList<(string FileName, string Yaml)> Samples()
    {
        var assembly = typeof(AgreementCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(SamplePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (n[SamplePrefix.Length..], reader.ReadToEnd());
            })
            .ToList();
    }

    /// <summary>Stores the sample agreements (a sample that does not validate is a bug in Pactum, so it throws).</summary>
    public void LoadDemo()
    {
        foreach (var (fileName, yaml) in Samples())
        {
            var upload = Upload(yaml, fileName, "demo");
            if (upload.Errors.Count > 0)
            {
                throw new InvalidOperationException($"The demo agreement {fileName} is invalid: {string.Join("; ", upload.Errors)}");
            }
        }
    }
}

/// <summary>What an upload did: the stored version (new or unchanged) and how many open clock runs it moved, or the errors that stopped it.</summary>
public sealed record AgreementUpload(StoredAgreement? Stored, bool Created, IReadOnlyList<FileError> Errors, int ClocksMoved);

/// <summary>A stored agreement version with its parsed content.</summary>
public sealed record LoadedAgreement(StoredAgreement Stored, Agreement Agreement);
