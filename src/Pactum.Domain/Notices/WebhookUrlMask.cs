using System.Globalization;

namespace Pactum.Domain.Notices;

/// <summary>
/// How a webhook address is shown on pages and in the API: for chat tools the address is the secret, so only its
/// scheme, host (and a port that is not the scheme's own) and the last 4 characters of its path are shown, e.g.
/// <c>https://hooks.slack.com/…/XyZ9</c>. User information, the rest of the path, the query and the fragment never are.
/// </summary>
public static class WebhookUrlMask
{
    /// <summary>The characters of the path that are shown.</summary>
    public const int ShownPathCharacters = 4;

    /// <summary><paramref name="url"/>, masked.</summary>
    public static string Of(Uri url)
    {
        var port = url.IsDefaultPort ? "" : ":" + url.Port.ToString(CultureInfo.InvariantCulture);
        var path = url.AbsolutePath.TrimEnd('/');
        var tail = path.Length <= ShownPathCharacters ? path.TrimStart('/') : path[^ShownPathCharacters..];
        return $"{url.Scheme}://{url.Host}{port}/…/{tail}";
    }
}
