using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Pactum.Server.Infrastructure;

/// <summary>
/// The address Pactum is reached at from outside, which every absolute link it writes (calendar files, messages) is
/// built on: the configured public URL (<see cref="PactumServerOptions.PublicUrl"/>), or else the first address the
/// server listens on, with the port it was given and a wildcard host (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>)
/// read as <c>localhost</c>. Never the request's Host header: the client chooses that.
/// </summary>
public sealed class PublicAddress(PactumServerOptions options, IServer server)
{
    private static readonly string[] WildcardHosts = ["*", "+", "0.0.0.0", "[::]"];

    /// <summary>The public base URL (absolute http or https, no query or fragment).</summary>
    public Uri BaseUrl =>
        options.PublicUrl is { } configured ? Parse(configured)
        : FromListening(server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? FirstListening(options.Urls))
          ?? new Uri("http://localhost/");

    /// <summary>The absolute link to <paramref name="path"/> (starting with <c>/</c>, already escaped) under <see cref="BaseUrl"/>.</summary>
    public string Link(string path) => BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + path;

    /// <summary>
    /// Reads a public URL: an absolute <c>http</c> or <c>https</c> URL with a host and without a query or fragment
    /// (<c>https://sla.example.com</c>, or a path prefix when a proxy serves Pactum under one).
    /// </summary>
    public static bool TryRead(string? text, [NotNullWhen(true)] out Uri? url, [NotNullWhen(false)] out string? error)
    {
        url = null;
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var parsed) || parsed.IsFile || string.IsNullOrEmpty(parsed.Host))
        {
            error = $"public URL '{text}' is not an absolute URL; expected e.g. https://sla.example.com";
        }
        else if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
        {
            error = $"public URL '{text}' must start with http:// or https://";
        }
        else if (parsed.Query.Length > 0 || parsed.Fragment.Length > 0 || parsed.UserInfo.Length > 0)
        {
            error = $"public URL '{text}' must not carry a user, query or fragment";
        }
        else
        {
            url = parsed;
            error = null;
            return true;
        }

        return false;
    }

    /// <summary>The host names requests may carry by default: the public URL's host and the loopback names.</summary>
    public static IReadOnlyList<string> DefaultAllowedHosts(PactumServerOptions options)
    {
        var publicHost = (options.PublicUrl is { } configured ? Parse(configured) : FromListening(FirstListening(options.Urls)))?.IdnHost;
        string[] loopback = ["localhost", "127.0.0.1", "[::1]"];
        return publicHost is null || loopback.Contains(publicHost, StringComparer.OrdinalIgnoreCase) ? loopback : [publicHost, .. loopback];
    }

    private static Uri Parse(string configured) =>
        TryRead(configured, out var url, out var error) ? url : throw new InvalidOperationException($"The public URL is not valid: {error}");

    private static string FirstListening(string urls) => urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";

    /// <summary>A listening address as a public one: a wildcard host becomes localhost; null when it is not a URL.</summary>
    private static Uri? FromListening(string address)
    {
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return null;
        }

        var rest = address[(scheme + 3)..];
        var host = WildcardHosts.FirstOrDefault(w => rest.StartsWith(w, StringComparison.Ordinal) && (rest.Length == w.Length || rest[w.Length] is ':' or '/'));
        var text = host is null ? address : address[..(scheme + 3)] + "localhost" + rest[host.Length..];
        return Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : null;
    }
}
