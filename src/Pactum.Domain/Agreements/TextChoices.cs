using Pactum.Domain.Files;

namespace Pactum.Domain.Agreements;

/// <summary>
/// The words a file may use for the values of an enum (e.g. <c>multi-level</c> for
/// <see cref="AgreementKind.MultiLevel"/>), read case-insensitively, with a "did you mean" suggestion for a misspelt
/// word and the full list of allowed words in the error.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class TextChoices<T>
    where T : struct, Enum
{
    private readonly (string Text, T Value)[] _choices;

    /// <summary>Creates the choices; <paramref name="what"/> names the value in errors ("kind", "period").</summary>
    public TextChoices(string what, params (string Text, T Value)[] choices)
    {
        What = what;
        _choices = choices;
    }

    /// <summary>What the value is called in error messages.</summary>
    public string What { get; }

    /// <summary>The allowed words, in order.</summary>
    public IReadOnlyList<string> Texts => _choices.Select(c => c.Text).ToArray();

    /// <summary>The word for <paramref name="value"/>; every enum value has one (a missing one is a bug).</summary>
    public string TextOf(T value)
    {
        foreach (var (text, choice) in _choices)
        {
            if (EqualityComparer<T>.Default.Equals(choice, value))
            {
                return text;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"No file text for {typeof(T).Name}.{value}.");
    }

    /// <summary>The value <paramref name="text"/> names (trimmed, any case); false when it names none.</summary>
    public bool TryParse(string? text, out T value)
    {
        var trimmed = text?.Trim() ?? "";
        foreach (var (word, choice) in _choices)
        {
            if (string.Equals(word, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = choice;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Reads the value under <paramref name="key"/>; records an error with a suggestion when the word is not one of
    /// the choices, or when it is required and absent. An absent optional value is <see langword="null"/>.
    /// </summary>
    public T? Read(YamlMap map, string key, bool required = false)
    {
        var text = Field.Text(map, key, required);
        if (text is null)
        {
            return null;
        }

        if (TryParse(text, out var value))
        {
            return value;
        }

        Field.Error(map, key, Unknown(text));
        return null;
    }

    /// <summary>The message for a word that is not a choice: the suggestion, then every allowed word.</summary>
    public string Unknown(string text) =>
        $"'{text}' is not a {What}{Field.Suggest(text, Texts)}; expected one of: {string.Join(", ", Texts)}";
}
