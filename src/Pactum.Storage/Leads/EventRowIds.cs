using System.Globalization;
using System.Text;

namespace Pactum.Storage.Leads;

/// <summary>
/// A lead's event rowids as the <c>leads</c> table stores them in <c>event_rowids</c>: decimal numbers separated by
/// commas, in the order the events were taken ("" for none). Readers sort the events they find into projection order.
/// </summary>
internal static class EventRowIds
{
    /// <summary><paramref name="stored"/> (null or "" for none) with <paramref name="added"/> after it (<see cref="Of"/> when none is stored).</summary>
    public static string Append(string? stored, IReadOnlyList<long> added)
    {
        var text = new StringBuilder(stored);
        foreach (var rowId in added)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(rowId.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The list of <paramref name="rowIds"/>.</summary>
    public static string Of(IReadOnlyList<long> rowIds) => Append(null, rowIds);

    /// <summary>The rowids listed by <paramref name="text"/> (null or "" for none).</summary>
    public static IEnumerable<long> Parse(string? text)
    {
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return long.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
        }
    }
}
