using System.Net;
using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Files;
using Pactum.Domain.Webhooks;

namespace Pactum.Domain.Notices;

/// <summary>
/// Reads the settings file's <c>notices</c> section (docs/notices.md): every problem is reported with the file, line,
/// field and what was expected, as for agreement files; bad input never throws.
/// </summary>
public static class NoticeSettingsFile
{
    private static readonly string[] Top = ["notices"];
    private static readonly string[] Notices = ["webhooks", "smtp", "allowPrivateTargets", "timeoutSeconds"];
    private static readonly string[] Webhook = ["name", "url", "secret", "parties"];
    private static readonly string[] Smtp = ["host", "port", "from", "username", "password", "security", "startTls"];
    private static readonly Dictionary<string, SmtpSecurity> Securities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["starttls"] = SmtpSecurity.StartTls, ["tls"] = SmtpSecurity.Tls, ["none"] = SmtpSecurity.None,
    };

    /// <summary>Parses the text of a settings file named <paramref name="fileName"/>.</summary>
    public static ParseResult<NoticeSettings> Parse(string text, string fileName)
    {
        var errors = new FileErrors(fileName);
        var root = YamlText.LoadRoot(text, errors);
        if (root is null)
        {
            return ParseResult<NoticeSettings>.From(null, errors);
        }

        root.RejectUnknownKeys(Top);
        var notices = Field.Section(root, "notices", Notices);
        if (notices is null)
        {
            return ParseResult<NoticeSettings>.From(NoticeSettings.None, errors);
        }

        var allowPrivate = Field.Bool(notices, "allowPrivateTargets") ?? false;
        var settings = new NoticeSettings
        {
            AllowPrivateTargets = allowPrivate,
            Timeout = ReadTimeout(notices),
            Webhooks = ReadWebhooks(notices, allowPrivate),
            Smtp = ReadSmtp(notices),
        };
        return ParseResult<NoticeSettings>.From(settings, errors);
    }

    private static Duration ReadTimeout(YamlMap notices)
    {
        var seconds = Field.Count(notices, "timeoutSeconds");
        if (seconds is > 300)
        {
            Field.Error(notices, "timeoutSeconds", $"{seconds} is more than 300 seconds: a delivery holds up the ones after it");
            return NoticeSettings.DefaultTimeout;
        }

        return seconds is { } s ? Duration.FromSeconds(s) : NoticeSettings.DefaultTimeout;
    }

    private static List<WebhookEndpoint> ReadWebhooks(YamlMap notices, bool allowPrivate)
    {
        var endpoints = new List<WebhookEndpoint>();
        var names = new UniqueNames("webhook name", ignoreCase: false);
        foreach (var map in Field.Items(notices, "webhooks", Webhook))
        {
            var name = Field.Slug(map, "name");
            var unique = name is not null && names.Claim(map, "name", name);
            var url = Field.HttpUrl(map, "url", required: true);
            if (url is not null && !allowPrivate && LiteralRefusal(url) is { } refusal)
            {
                Field.Error(map, "url", $"'{url.Scheme}://{url.Authority}' {refusal}");
                url = null;
            }

            var secretText = Field.Text(map, "secret", required: true);
            WebhookSecret? secret = null;
            if (secretText is not null && !WebhookSecret.TryParse(secretText, out secret, out var error))
            {
                Field.Error(map, "secret", error);
            }

            var parties = Field.Texts(map, "parties").Select(p => p.Text).ToList();
            if (unique && url is not null && secret is not null)
            {
                endpoints.Add(new WebhookEndpoint(name!, url, secret, parties));
            }
        }

        return endpoints;
    }

    private static SmtpSettings? ReadSmtp(YamlMap notices)
    {
        var map = Field.Section(notices, "smtp", Smtp);
        if (map is null)
        {
            return null;
        }

        var host = Field.Text(map, "host", required: true);
        var port = map.Has("port") ? Field.Count(map, "port") : 25;
        var from = Field.EmailAddress(map, "from", "write the one address notices are sent from, like pactum@company-x.example", required: true);
        var security = ReadSecurity(map);
        return host is null || port is null || from is null || security is null
            ? null
            : new SmtpSettings(host, port.Value, from, Field.Text(map, "username"), Field.Text(map, "password"), security.Value);
    }

    /// <remarks>
    /// <c>startTls: true</c>, the setting before <c>security</c>, is still read (deprecated) as <c>security: starttls</c>;
    /// <c>startTls: false</c> as the default.
    /// </remarks>
    private static SmtpSecurity? ReadSecurity(YamlMap smtp)
    {
        var text = Field.Text(smtp, "security");
        if (smtp.Has("startTls"))
        {
            if (text is not null)
            {
                Field.Error(smtp, "startTls", "write either security or the older startTls, not both (security: starttls replaces startTls: true)");
                return null;
            }

            return Field.Bool(smtp, "startTls") is { } startTls ? startTls ? SmtpSecurity.StartTls : SmtpSecurity.Default : null;
        }

        if (text is null)
        {
            return SmtpSecurity.Default;
        }

        if (Securities.TryGetValue(text, out var security))
        {
            return security;
        }

        Field.Error(smtp, "security", $"'{text}' is not a way to secure the connection{Field.Suggest(text, Securities.Keys)}; expected one of: starttls, tls, none");
        return null;
    }

    /// <summary>Why a webhook URL naming a non-public address literally (or <c>localhost</c>) is refused, or null.</summary>
    private static string? LiteralRefusal(Uri url)
    {
        var host = url.DnsSafeHost;
        if (IPAddress.TryParse(host, out var address))
        {
            var kind = TargetAddress.Classify(address);
            return kind == TargetKind.Public ? null : $"is {TargetAddress.Describe(kind)}; set allowPrivateTargets: true under notices to allow it";
        }

        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            ? "is this machine (localhost); set allowPrivateTargets: true under notices to allow it"
            : null;
    }
}
