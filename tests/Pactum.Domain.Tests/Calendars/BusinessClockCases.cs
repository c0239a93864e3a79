using YamlDotNet.RepresentationModel;

namespace Pactum.Domain.Tests.Calendars;

/// <summary>
/// The shared business-clock cases (Cases/business-clock.yaml, computed by brute force minute by minute), each with
/// its calendar as the YAML mapping it was written as.
/// </summary>
public static class BusinessClockCases
{
    private static readonly Lazy<IReadOnlyList<BusinessClockCase>> All = new(Load);

    /// <summary>The cases that ask for a due instant, by name (for xunit theories).</summary>
    public static TheoryData<string> DueNames() => Names(c => c.Minutes is not null);

    /// <summary>The cases that ask for elapsed minutes, by name.</summary>
    public static TheoryData<string> ElapsedNames() => Names(c => c.ElapsedMinutes is not null);

    public static IReadOnlyList<BusinessClockCase> Cases => All.Value;

    public static BusinessClockCase Named(string name) => All.Value.Single(c => c.Name == name);

    private static TheoryData<string> Names(Func<BusinessClockCase, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (var c in All.Value.Where(filter))
        {
            data.Add(c.Name);
        }

        return data;
    }

    private static List<BusinessClockCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cases", "business-clock.yaml");
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var cases = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["cases"];
        return cases.Children.Cast<YamlMappingNode>().Select(node => new BusinessClockCase(
            Text(node, "name")!,
            (YamlMappingNode)node["calendar"],
            Text(node, "start"),
            Text(node, "minutes") is { } minutes ? decimal.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture) : null,
            Text(node, "due"),
            Text(node, "from"),
            Text(node, "to"),
            Text(node, "elapsedMinutes") is { } elapsed ? decimal.Parse(elapsed, System.Globalization.CultureInfo.InvariantCulture) : null)).ToList();
    }

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}

/// <summary>One shared case: a calendar and either start + minutes → due, or from + to → elapsed minutes.</summary>
public sealed record BusinessClockCase(
    string Name, YamlMappingNode Calendar, string? Start, decimal? Minutes, string? Due, string? From, string? To, decimal? ElapsedMinutes)
{
    /// <summary>The calendar as the text of a calendar file.</summary>
    public string CalendarYaml()
    {
        var stream = new YamlStream(new YamlDocument(Calendar));
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
