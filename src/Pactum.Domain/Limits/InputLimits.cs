namespace Pactum.Domain.Limits;

/// <summary>
/// The sizes every value a user or another system sends must keep (SPEC X6), checked where the value enters and
/// refused with the field's name, so that nothing stored is too large to list, show or export. docs/limits.md lists
/// them with the others (bodies, YAML, JSON, the supported years).
/// </summary>
public static class InputLimits
{
    /// <summary>The longest identifier: a lead, agreement, delivery or rep id, an owner (200 characters).</summary>
    public const int MaxIdLength = 200;

    /// <summary>The longest event id (400 characters): event ids are often made of a lead id and more.</summary>
    public const int MaxEventIdLength = 400;

    /// <summary>The longest short text: a source, persona, channel, outcome, asset, track, activity, role, region (200 characters).</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest free text: a reason, a note (2,000 characters).</summary>
    public const int MaxTextLength = 2_000;

    /// <summary>The longest cell of a CSV file (10,000 characters); a row with a longer cell is rejected.</summary>
    public const int MaxCsvCellLength = 10_000;

    /// <summary>The most columns a CSV file may have (500).</summary>
    public const int MaxCsvColumns = 500;

    /// <summary>The most items one page of a list holds (1,000); larger lists are read page by page.</summary>
    public const int MaxPageSize = 1_000;

    /// <summary>The problems of every <c>(field, value, max)</c> in <paramref name="fields"/> (see <see cref="Problem"/>), in order.</summary>
    public static IEnumerable<string> Problems(params (string Field, string? Value, int Max)[] fields) =>
        fields.Select(f => Problem(f.Field, f.Value, f.Max)).OfType<string>();

    /// <summary>
    /// The problem with <paramref name="value"/> of <paramref name="field"/> when it is longer than
    /// <paramref name="max"/> characters or holds a control character other than tab and line breaks; null when it is
    /// fine (a null value is fine: required fields are checked elsewhere).
    /// </summary>
    public static string? Problem(string field, string? value, int max)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > max)
        {
            return $"{field}: is {value.Length:N0} characters long; at most {max:N0} are taken";
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return $"{field}: holds the control character U+{(int)c:X4}; write text without control characters";
            }
        }

        return null;
    }
}
