using NodaTime;

namespace Pactum.Domain.Leads.Import;

/// <summary>
/// Chooses how to read an event file: the layout the user names, or the one its header shows. Every layout Pactum
/// reads is listed in <see cref="Names"/>.
/// </summary>
public static class ImportLayouts
{
    /// <summary>The layouts, as users name them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["generic"];

    /// <summary>
    /// The reader for <paramref name="layout"/> (null: recognise it from the header), or null with the reason in
    /// <paramref name="error"/>. <paramref name="zone"/> is the zone of CRM exports' dates.
    /// </summary>
    public static Func<IReadOnlyList<string>, IEventRowMapper?>? For(string? layout, DateTimeZone zone, out string error)
    {
        error = "";
        var name = layout?.Trim().ToLowerInvariant();
        if (name is null or "" or "generic")
        {
            _ = zone;
            return _ => new GenericEventMapper();
        }

        error = $"'{layout}' is not a layout; expected one of: {string.Join(", ", Names)}";
        return null;
    }
}
