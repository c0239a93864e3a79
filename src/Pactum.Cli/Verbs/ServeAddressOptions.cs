using System.CommandLine;
using Pactum.Server.Infrastructure;

namespace Pactum.Cli.Verbs;

/// <summary>
/// Where <c>pactum serve</c> is reached from outside: <c>--public-url</c> (or <c>PACTUM_PUBLIC_URL</c>), which absolute
/// links are built on, and <c>--allowed-hosts</c> (or <c>PACTUM_ALLOWED_HOSTS</c>), the Host headers it answers.
/// </summary>
internal sealed class ServeAddressOptions
{
    /// <summary>The public URL flag.</summary>
    public Option<string> PublicUrl { get; } = new("--public-url")
    {
        Description = "The address users reach Pactum at, e.g. https://sla.example.com; links in files and messages use it (also PACTUM_PUBLIC_URL; default: the first --urls address).",
    };

    /// <summary>The allowed hosts flag.</summary>
    public Option<string> AllowedHosts { get; } = new("--allowed-hosts")
    {
        Description = "The Host headers answered, comma-separated; * for any (also PACTUM_ALLOWED_HOSTS; default: the public URL's host, localhost, 127.0.0.1 and [::1]).",
    };

    /// <summary>The public URL and allowed hosts given (null when not given), or what is wrong with them.</summary>
    public (string? PublicUrl, IReadOnlyList<string>? AllowedHosts, IReadOnlyList<string> Errors) Read(ParseResult parse)
    {
        var errors = new List<string>();
        var publicUrl = Given(parse.GetValue(PublicUrl), "PACTUM_PUBLIC_URL");
        if (publicUrl is not null && !PublicAddress.TryRead(publicUrl, out _, out var urlError))
        {
            errors.Add(urlError);
        }

        IReadOnlyList<string>? hosts = null;
        if (Given(parse.GetValue(AllowedHosts), "PACTUM_ALLOWED_HOSTS") is { } hostText && !AllowedHostList.TryParse(hostText, out hosts, out var hostError))
        {
            errors.Add(hostError);
        }

        return (publicUrl?.Trim(), hosts, errors);
    }

    private static string? Given(string? flag, string variable) =>
        flag ?? (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null);
}
