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
    private static readonly string[] Notices = ["webhooks", "smtp"];
    private static readonly string[] Webhook = ["name", "url", "secret", "parties"];
    private static readonly string[] Smtp = ["host", "port", "from", "username", "password", "startTls"];

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
        var settings = notices is null ? NoticeSettings.None : new NoticeSettings { Webhooks = ReadWebhooks(notices), Smtp = ReadSmtp(notices) };
        return ParseResult<NoticeSettings>.From(settings, errors);
    }

    private static List<WebhookEndpoint> ReadWebhooks(YamlMap notices)
    {
        var endpoints = new List<WebhookEndpoint>();
        var names = new UniqueNames("webhook name", ignoreCase: false);
        foreach (var map in Field.Items(notices, "webhooks", Webhook))
        {
            var name = Field.Slug(map, "name");
            var unique = name is not null && names.Claim(map, "name", name);
            var url = Field.HttpUrl(map, "url", required: true);
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
        var from = Field.Text(map, "from", required: true);
        if (from is not null && !from.Contains('@', StringComparison.Ordinal))
        {
            Field.Error(map, "from", $"'{from}' is not an e-mail address, e.g. pactum@company-x.example");
            from = null;
        }

        var startTls = Field.Bool(map, "startTls");
        return host is null || port is null || from is null
            ? null
            : new SmtpSettings(host, port.Value, from, Field.Text(map, "username"), Field.Text(map, "password"), startTls ?? false);
    }
}
