using Pactum.Domain.Files;

namespace Pactum.Domain.Agreements;

/// <summary>
/// What other parts of an agreement file may refer to: the party ids and the goal ids as written (also the invalid
/// ones, so that one bad id is reported once, not again at every place that names it). A reference to something
/// that does not exist is an error with a suggestion and the list of what exists.
/// </summary>
internal sealed class AgreementReferences
{
    /// <summary>The word an owner may use for a goal that belongs to every party.</summary>
    public const string Shared = "shared";

    private readonly List<string> _parties = [];
    private readonly List<string> _goals = [];

    /// <summary>The party ids written in the file, in order.</summary>
    public IReadOnlyList<string> Parties => _parties;

    /// <summary>Adds a party id as written.</summary>
    public void AddParty(string id) => _parties.Add(id);

    /// <summary>Adds a goal id as written.</summary>
    public void AddGoal(string id) => _goals.Add(id);

    /// <summary>A required reference to a party (or, when <paramref name="allowShared"/>, to <c>shared</c>).</summary>
    public string? Party(YamlMap map, string key, bool allowShared = false)
    {
        var text = Field.Text(map, key, required: true);
        var known = allowShared ? [.. _parties, Shared] : _parties;
        return text is null || Check(text, known, "party") is not { } error ? text : Reject(map, key, error);
    }

    /// <summary>A required reference to a goal of the agreement.</summary>
    public string? Goal(YamlMap map, string key)
    {
        var text = Field.Text(map, key, required: true);
        return text is null || Check(text, _goals, "goal") is not { } error ? text : Reject(map, key, error);
    }

    /// <summary>
    /// Null when <paramref name="text"/> is one of <paramref name="known"/>; otherwise the message saying it names no
    /// such thing, with a suggestion and everything it could name.
    /// </summary>
    public static string? Check(string text, IReadOnlyList<string> known, string what)
    {
        if (known.Contains(text, StringComparer.Ordinal))
        {
            return null;
        }

        var listed = known.Count == 0 ? $"the agreement has no {what} yet" : $"expected one of: {string.Join(", ", known)}";
        return $"'{text}' names no {what}{Field.Suggest(text, known)}; {listed}";
    }

    private static string? Reject(YamlMap map, string key, string error)
    {
        Field.Error(map, key, error);
        return null;
    }
}
