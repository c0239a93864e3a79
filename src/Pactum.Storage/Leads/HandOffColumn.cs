using System.Globalization;
using System.Text;
using NodaTime;
using Pactum.Domain.Leads;

namespace Pactum.Storage.Leads;

/// <summary>
/// How a lead's hand-offs are kept in its row (<c>leads.hand_offs</c>, migration 0006): each hand-off's Unix ticks,
/// followed by <c>:</c> and its first attempt's ticks when it has one, comma-separated in time order; NULL for a lead
/// never handed off.
/// </summary>
internal static class HandOffColumn
{
    /// <summary>The column text of <paramref name="handOffs"/> (null when there are none).</summary>
    public static string? Format(LeadHandOffs handOffs)
    {
        if (handOffs.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var handOff in handOffs)
        {
            text.Append(text.Length == 0 ? "" : ",").Append(handOff.At.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture));
            if (handOff.FirstAttempt is { } attempt)
            {
                text.Append(':').Append(attempt.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    /// <summary>The hand-offs in column text written by <see cref="Format"/>.</summary>
    /// <exception cref="FormatException">The text was not written by <see cref="Format"/>.</exception>
    public static LeadHandOffs Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return LeadHandOffs.None;
        }

        return new LeadHandOffs(text.Split(',').Select(item =>
        {
            var parts = item.Split(':');
            return new LeadHandOff(At(parts[0]), parts.Length > 1 ? At(parts[1]) : null);
        }));
    }

    private static Instant At(string ticks) => Instant.FromUnixTimeTicks(long.Parse(ticks, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
}
