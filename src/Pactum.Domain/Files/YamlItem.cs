using YamlDotNet.RepresentationModel;

namespace Pactum.Domain.Files;

/// <summary>One item of a YAML list, with its dotted path (e.g. <c>goals[2]</c>) for error messages.</summary>
/// <param name="Node">The item's node.</param>
/// <param name="Path">The dotted path of the item.</param>
/// <param name="Errors">Where errors go.</param>
public sealed record YamlItem(YamlNode Node, string Path, FileErrors Errors)
{
    /// <summary>The item as a scalar string; records an error and returns <see langword="null"/> when it is not one.</summary>
    public string? AsString()
    {
        if (Node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Errors.Add(Node, Path, "expected a single value, not a list or mapping");
        return null;
    }

    /// <summary>The item as a mapping; records an error and returns <see langword="null"/> when it is not one.</summary>
    public YamlMap? AsMap()
    {
        if (Node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, Path, Errors);
        }

        Errors.Add(Node, Path, "expected a mapping of fields (key: value)");
        return null;
    }

    /// <summary>Records an error at this item.</summary>
    public void Error(string message) => Errors.Add(Node, Path, message);
}
