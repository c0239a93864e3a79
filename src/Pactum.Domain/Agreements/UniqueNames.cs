using Pactum.Domain.Files;

namespace Pactum.Domain.Agreements;

/// <summary>
/// Checks that ids (or names) within one list are not used twice, recording an error that points to the first use.
/// Comparison is ordinal, except that names of people compare case-insensitively when asked.
/// </summary>
internal sealed class UniqueNames
{
    private readonly Dictionary<string, int> _firstLine;

    /// <summary>Starts an empty set; <paramref name="what"/> names the values in errors ("goal id").</summary>
    public UniqueNames(string what, bool ignoreCase = false)
    {
        What = what;
        _firstLine = new Dictionary<string, int>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    }

    /// <summary>What the values are called in errors.</summary>
    public string What { get; }

    /// <summary>
    /// Claims <paramref name="value"/>, read from <paramref name="key"/> of <paramref name="map"/>; false (with an
    /// error) when it was claimed before.
    /// </summary>
    public bool Claim(YamlMap map, string key, string value)
    {
        var line = (int)(map.Get(key) ?? map.Node).Start.Line;
        if (_firstLine.TryAdd(value, line))
        {
            return true;
        }

        Field.Error(map, key, $"{What} '{value}' is used twice (first on line {_firstLine[value]}); each must be unique");
        return false;
    }
}
