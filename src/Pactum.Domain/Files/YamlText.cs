using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pactum.Domain.Files;

/// <summary>Loads YAML text (already read by the caller: the domain does no I/O) into a root mapping.</summary>
public static class YamlText
{
    /// <summary>
    /// Parses <paramref name="text"/> as a single YAML document whose root is a mapping.
    /// Returns <see langword="null"/> and records an error with the line and column when the text is not valid YAML
    /// or its root is not a mapping.
    /// </summary>
    /// <remarks>A text that breaks one of <see cref="YamlLimits"/> is refused with the bound, never loaded past it.</remarks>
    public static YamlMap? LoadRoot(string text, FileErrors errors)
    {
        if (YamlLimits.LengthProblem(text) is { } tooLong)
        {
            errors.AddAt(0, "", tooLong);
            return null;
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(YamlLimits.Guard(new Parser(reader)));
        }
        catch (YamlLimitException broken)
        {
            errors.AddAt((int)broken.Line, (int)broken.Column, "", broken.Message);
            return null;
        }
        catch (YamlException ex)
        {
            errors.Add(null, "", $"line {ex.Start.Line}, column {ex.Start.Column}: not valid YAML: {InnerMost(ex).Message}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(null, "", "the file is empty");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(stream.Documents[1].RootNode, "", "the file holds more than one YAML document; expected one");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(stream.Documents[0].RootNode, "", "expected a mapping of fields (key: value) at the top of the file");
            return null;
        }

        return new YamlMap(root, "", errors);
    }

    private static Exception InnerMost(Exception ex)
    {
        var current = ex;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current;
    }
}
