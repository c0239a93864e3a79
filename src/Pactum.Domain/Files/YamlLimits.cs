using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pactum.Domain.Files;

/// <summary>
/// The bounds a YAML text must keep while it is loaded (SPEC X6): its length, how deep its collections nest, how many
/// aliases it uses and how many nodes it holds once every alias is expanded. The length is checked before parsing; the
/// rest by <see cref="Guard"/>, a parser that counts the events as the loader takes them and stops at the first one past
/// a bound — so a text nested a hundred thousand deep or an alias bomb ("billion laughs") is refused with the line it
/// went too far on, after the loader went at most <see cref="MaxDepth"/> levels deep, in the one pass that loads it.
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

    /// <summary>Why <paramref name="text"/> is too long to be parsed at all, or null.</summary>
    public static string? LengthProblem(string text) =>
        text.Length > MaxCharacters ? $"the text is {text.Length:N0} characters long; at most {MaxCharacters:N0} are read" : null;

    /// <summary>
    /// <paramref name="parser"/>, bounded: moving past an event that breaks a bound throws
    /// <see cref="YamlLimitException"/> with the event's line and column.
    /// </summary>
    public static IParser Guard(IParser parser) => new GuardedParser(parser);

    private sealed class GuardedParser(IParser inner) : IParser
    {
        private readonly Walk _walk = new();

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            if (_walk.Take(inner.Current!) is { } broken)
            {
                throw new YamlLimitException(inner.Current!.Start.Line, inner.Current.Start.Column, broken);
            }

            return true;
        }
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

/// <summary>A YAML text broke one of <see cref="YamlLimits"/> at <see cref="Line"/> and <see cref="Column"/>.</summary>
public sealed class YamlLimitException(long line, long column, string message) : Exception(message)
{
    /// <summary>The 1-based line of the event that broke the bound.</summary>
    public long Line { get; } = line;

    /// <summary>The 1-based column of the event that broke the bound.</summary>
    public long Column { get; } = column;
}
