namespace Pactum.Cli.Tests.Faults;

/// <summary>
/// A CSV file of generic lead events (docs/leads.md) for an import to be killed in: the demo company's events (every
/// type, some messy facts), with each row moved up to <see cref="Spread"/> rows from its place, so that a lead's events
/// fall into different chunks and some arrive after later ones (a late event replays its lead).
/// </summary>
public sealed class EventFile
{
    /// <summary>How far a row may move from its place in the generated file.</summary>
    public const int Spread = 3_000;

    private EventFile(string path, IReadOnlyList<string> eventIds)
    {
        Path = path;
        EventIds = eventIds;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The event ID of each row, in file order (row 1 is the first after the header).</summary>
    public IReadOnlyList<string> EventIds { get; }

    /// <summary>Writes the events of <paramref name="leads"/> demo leads, reordered by <paramref name="random"/>.</summary>
    public static EventFile Write(int leads, Random random)
    {
        var path = CliRun.TempFile("events.csv", "");
        var generated = CliRun.Of("demo", "generate", "--leads", leads.ToString(System.Globalization.CultureInfo.InvariantCulture), "--months", "3", "--seed", "11", "--until", "2026-11-01T00:00:00Z", "--out", path);
        Assert.Equal(0, generated.ExitCode);
        var lines = File.ReadAllLines(path);
        var rows = lines.Skip(1).Select((row, i) => (row, key: i + random.Next(Spread))).OrderBy(r => r.key).Select(r => r.row).ToList();
        File.WriteAllLines(path, [lines[0], .. rows]);
        return new EventFile(path, rows.Select(r => r[..r.IndexOf(',', StringComparison.Ordinal)]).ToList());
    }
}
