namespace Pactum.Domain.Agreements;

/// <summary>
/// The strict check every e-mail address Pactum sends to passes (docs/agreements.md, "Contacts"): exactly one address,
/// written <c>local@domain</c>, nothing else. The local part is dot-separated runs of letters, digits and
/// <c>! # $ % &amp; ' * + - / = ? ^ _ ` { | } ~</c> (RFC 5322's dot-atom, letters of any script allowed); the domain is
/// two or more dot-separated labels of letters, digits and inner hyphens, the last not all digits. At most 64
/// characters before the <c>@</c> and 254 in all. Display names (<c>Kendra &lt;k@x.example&gt;</c>), quoted local
/// parts, comments, address literals (<c>k@[10.0.0.1]</c>), spaces, commas and semicolons are refused: a value that
/// holds several addresses is an error, never split.
/// </summary>
public static class EmailAddress
{
    private const string LocalSymbols = "!#$%&'*+-/=?^_`{|}~";

    /// <summary>Whether <paramref name="text"/> is one e-mail address by the rule above.</summary>
    public static bool IsValid(string text) => Problem(text) is null;

    /// <summary>Why <paramref name="text"/> is not one e-mail address (a phrase such as "it has a space"), or null when it is one.</summary>
    public static string? Problem(string text)
    {
        var ats = text.Count(c => c == '@');
        if (text.IndexOfAny([',', ';']) >= 0 || ats > 1)
        {
            return "it holds more than one address (a comma, a semicolon or a second @)";
        }

        if (text.Any(char.IsWhiteSpace))
        {
            return "it has a space";
        }

        if (ats == 0)
        {
            return "it has no @";
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        var (local, domain) = (text[..at], text[(at + 1)..]);
        return text.Length > 254 ? "it is longer than 254 characters"
            : local.Length is 0 or > 64 ? "it needs 1 to 64 characters before the @"
            : LocalProblem(local) ?? DomainProblem(domain);
    }

    private static string? LocalProblem(string local)
    {
        if (local.Split('.').Any(atom => atom.Length == 0))
        {
            return "a dot before the @ may not start, end or repeat";
        }

        var bad = local.FirstOrDefault(c => c != '.' && !char.IsLetterOrDigit(c) && !LocalSymbols.Contains(c, StringComparison.Ordinal));
        return bad == default ? null : $"'{bad}' is not allowed in an address";
    }

    private static string? DomainProblem(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 2 || labels.Any(label => label.Length == 0))
        {
            return $"the domain after the @ ('{domain}') needs two or more names joined by single dots, e.g. company-x.example";
        }

        foreach (var label in labels)
        {
            if (label.Length > 63 || label[0] == '-' || label[^1] == '-' || !label.All(c => c == '-' || char.IsLetterOrDigit(c)))
            {
                return $"'{label}' is not a domain name: letters, digits and inner hyphens, at most 63";
            }
        }

        return labels[^1].All(char.IsAsciiDigit) ? $"the domain '{domain}' ends in a number" : null;
    }
}
