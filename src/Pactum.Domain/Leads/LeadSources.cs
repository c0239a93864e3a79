namespace Pactum.Domain.Leads;

/// <summary>
/// Where leads come from (SPEC L3): <c>organic_search</c>, <c>referral</c>, <c>social_media</c>,
/// <c>email_marketing</c>, <c>paid_search</c>, <c>direct_traffic</c>, <c>other</c>. Common spellings of each
/// ("Organic Search", "email", "Referrals", "Paid Social" …) are read as the source they name.
/// </summary>
public static class LeadSources
{
    /// <summary>The sources, in the order reports list them.</summary>
    public static IReadOnlyList<string> All { get; } = ["organic_search", "referral", "social_media", "email_marketing", "paid_search", "direct_traffic", "other"];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["organic"] = "organic_search", ["seo"] = "organic_search", ["search"] = "organic_search",
        ["referrals"] = "referral", ["partner referral"] = "referral", ["word of mouth"] = "referral",
        ["social"] = "social_media", ["paid social"] = "social_media",
        ["email"] = "email_marketing", ["e-mail"] = "email_marketing", ["newsletter"] = "email_marketing",
        ["ppc"] = "paid_search", ["sem"] = "paid_search", ["ads"] = "paid_search",
        ["direct"] = "direct_traffic", ["web"] = "direct_traffic",
    };

    /// <summary>The sources written as they are named (the common case, read without allocating).</summary>
    private static readonly Dictionary<string, string> KnownAsWritten = All.ToDictionary(s => s, StringComparer.Ordinal);

    /// <summary>
    /// The source named by <paramref name="text"/> (a source name with spaces, hyphens or underscores, any case, or an
    /// alias); false with the list of sources when it names none.
    /// </summary>
    public static bool TryParse(string? text, out string source, out string error)
    {
        error = "";
        if (text is not null && KnownAsWritten.TryGetValue(text, out var known))
        {
            source = known;
            return true;
        }

        var key = (text ?? "").Trim();
        var snake = key.Replace(' ', '_').Replace('-', '_').ToLowerInvariant();
        if (All.Contains(snake, StringComparer.Ordinal))
        {
            source = snake;
            return true;
        }

        if (Aliases.TryGetValue(key, out var alias))
        {
            source = alias;
            return true;
        }

        source = "";
        error = $"'{text}' is not a lead source; expected one of: {string.Join(", ", All)}";
        return false;
    }
}
