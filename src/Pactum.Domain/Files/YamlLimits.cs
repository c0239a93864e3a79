using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pactum.Domain.Files;

/// <summary>
/// The bounds a YAML text must keep before it is loaded (SPEC X6): its length, how deep its collections nest, how many
/// aliases it uses and how many nodes it holds once every alias is expanded. They are checked by streaming the parser's
/// events, which keeps no recursion of its own, so a text nested a hundred thousand deep or an alias bomb ("billion
/// laughs") is refused with the line it went too far on instead of exhausting the stack or the memory of whoever reads it.
/// </summary>
/// <remarks>
/// An agreement, a calendar or a settings file nests about ten levels and holds a few thousand nodes; the bounds are far
/// above that and far below what could hurt.
/// </remarks>
public static class YamlLimits
{
    /// <summary>The longest text read, in characters (1 MiB).</summary>
    public const int MaxCharacters = 1024 * 1024;

    /// <summary>The deepest nesting of sequences and mappings.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most aliases (<c>*name</c>) one text may use.</summary>
    public const int MaxAliases = 100;

    /// <summary>The most nodes a text may hold with every alias expanded.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>
    /// Checks <paramref name="text"/> against the bounds; the first bound broken as <c>(line, column, message)</c>, or
    /// <see langword="null"/> when the text keeps them all. Syntax errors are not reported here: the loader reports them.
    /// </summary>
    public static (long Line, long Column, string Message)? Check(string text)
    {
        if (text.Length > MaxCharacters)
        {
            return (0, 0, $"the text is {text.Length:N0} characters long; at most {MaxCharacters:N0} are read");
        }

        var walk = new Walk();
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                if (walk.Take(parser.Current!) is { } broken)
                {
                    return (parser.Current!.Start.Line, parser.Current.Start.Column, broken);
                }
            }
        }
        catch (YamlException)
        {
            // Not valid YAML: the loader says where and why.
        }

        return null;
    }

    /// <summary>The running counts of one text: depth, aliases, expanded nodes and the size of every anchored node.</summary>
    private sealed class Walk
    {
        private readonly Dictionary<string, long> _anchored = new(StringComparer.Ordinal);
        private readonly Stack<(string? Anchor, long NodesBefore)> _open = new();
        private int _aliases;
        private long _nodes;

        public string? Take(ParsingEvent current)
        {
            switch (current)
            {
                case NodeEvent node and (SequenceStart or MappingStart):
                    _nodes++;
                    _open.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, _nodes - 1));
                    return _open.Count > MaxDepth ? $"the collections nest more than {MaxDepth} deep" : TooMany();
                case SequenceEnd or MappingEnd when _open.Count > 0:
                    var (anchor, before) = _open.Pop();
                    Remember(anchor, _nodes - before);
                    return null;
                case AnchorAlias alias:
                    if (++_aliases > MaxAliases)
                    {
                        return $"the text uses more than {MaxAliases} aliases";
                    }

                    _nodes += _anchored.GetValueOrDefault(alias.Value.Value, 1);
                    return TooMany();
                case Scalar scalar:
                    _nodes++;
                    Remember(scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value, 1);
                    return TooMany();
                default:
                    return null;
            }
        }

        private void Remember(string? anchor, long size)
        {
            if (anchor is not null)
            {
                _anchored[anchor] = size;
            }
        }

        private string? TooMany() => _nodes > MaxNodes ? $"the text holds more than {MaxNodes:N0} values once its aliases are expanded" : null;
    }
}
