using System.Diagnostics.CodeAnalysis;

namespace Pactum.Server.Infrastructure;

/// <summary>
/// The Host header values the server answers (ASP.NET Core host filtering; any other is answered 400): host names or
/// IP addresses without a port, <c>[::1]</c> for IPv6, <c>*.example.com</c> for a domain's subdomains, or <c>*</c>
/// for any host.
/// </summary>
public static class AllowedHostList
{
    /// <summary>Reads a list separated by commas or semicolons, naming the first entry that is not a host.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out IReadOnlyList<string>? hosts, [NotNullWhen(false)] out string? error)
    {
        var entries = text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var wrong = entries.FirstOrDefault(e => !IsHost(e));
        if (entries.Length == 0 || wrong is not null)
        {
            hosts = null;
            error = entries.Length == 0
                ? "allowed hosts: the list is empty; name at least one host, or * for any"
                : $"allowed hosts: '{wrong}' is not a host name (no scheme, port or path; [::1] for IPv6, *.example.com for subdomains, * for any)";
            return false;
        }

        hosts = entries;
        error = null;
        return true;
    }

    private static bool IsHost(string entry) => entry switch
    {
        "*" => true,
        ['*', '.', .. var domain] => Uri.CheckHostName(domain) == UriHostNameType.Dns,
        ['[', .. var address, ']'] => Uri.CheckHostName(address) == UriHostNameType.IPv6,
        _ => Uri.CheckHostName(entry) is UriHostNameType.Dns or UriHostNameType.IPv4,
    };
}
