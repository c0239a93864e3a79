using Pactum.Domain.Notices;

namespace Pactum.Domain.Tests.Notices;

public sealed class NoticeSettingsFileTests
{
    [Fact]
    public void Parse_WebhooksAndSmtp_ReadsEveryField()
    {
        const string yaml = """
            notices:
              allowPrivateTargets: true
              timeoutSeconds: 5
              webhooks:
                - name: sales-chat
                  url: https://hooks.example.com/pactum
                  secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
                  parties: [sales]
                - name: everyone
                  url: http://127.0.0.1:9000/hook
                  secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
              smtp:
                host: mail.example.com
                port: 587
                from: pactum@company-x.example
                username: pactum
                password: secret
                security: starttls
            """;

        var settings = NoticeSettingsFile.Parse(yaml, "pactum.yaml").Value!;

        Assert.Equal(["sales-chat", "everyone"], settings.Webhooks.Select(w => w.Name));
        Assert.True(settings.Webhooks[0].Hears("sales"));
        Assert.False(settings.Webhooks[0].Hears("marketing"));
        Assert.True(settings.Webhooks[1].Hears("marketing")); // no parties: every party
        Assert.Equal(new SmtpSettings("mail.example.com", 587, "pactum@company-x.example", "pactum", "secret", SmtpSecurity.StartTls), settings.Smtp);
        Assert.True(settings.AllowPrivateTargets);
        Assert.Equal(NodaTime.Duration.FromSeconds(5), settings.Timeout);
    }

    [Fact]
    public void Parse_Empty_HasNoEndpointsAndNoMail()
    {
        var settings = NoticeSettingsFile.Parse("notices: {}\n", "pactum.yaml").Value!;
        Assert.Empty(settings.Webhooks);
        Assert.Null(settings.Smtp);
        Assert.False(settings.AllowPrivateTargets);
        Assert.Equal(NodaTime.Duration.FromSeconds(15), settings.Timeout);
    }

    [Theory]
    [InlineData("", SmtpSecurity.Default)]                   // not written: STARTTLS required with a login, offered otherwise
    [InlineData("    security: starttls\n", SmtpSecurity.StartTls)]
    [InlineData("    security: TLS\n", SmtpSecurity.Tls)]       // any case
    [InlineData("    security: none\n", SmtpSecurity.None)]     // the only way to send a login without TLS
    [InlineData("    startTls: true\n", SmtpSecurity.StartTls)]  // the older, deprecated setting
    [InlineData("    startTls: false\n", SmtpSecurity.Default)]  // the older setting turned off: as not written
    public void Parse_SmtpSecurity_ReadsTheWay(string line, SmtpSecurity expected)
    {
        var yaml = "notices:\n  smtp:\n    host: h\n    from: a@b.example\n    username: u\n" + line;

        Assert.Equal(expected, NoticeSettingsFile.Parse(yaml, "pactum.yaml").Value!.Smtp!.Security);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9000/hook")]        // loopback
    [InlineData("http://localhost:9000/hook")]        // loopback by name
    [InlineData("http://[::1]/hook")]                 // IPv6 loopback
    [InlineData("http://169.254.169.254/latest")]     // the cloud metadata service
    [InlineData("https://10.0.0.5/hook")]             // private
    [InlineData("http://[::ffff:192.168.1.1]/hook")]  // private, IPv4-mapped
    public void Parse_PrivateTargetAllowed_KeepsTheEndpoint(string url)
    {
        var yaml = $"notices:\n  allowPrivateTargets: true\n  webhooks:\n    - name: a\n      url: {url}\n      secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n";

        Assert.Equal(new Uri(url), Assert.Single(NoticeSettingsFile.Parse(yaml, "pactum.yaml").Value!.Webhooks).Url);
    }

    [Theory]
    [InlineData("notices:\n  webhooks:\n    - name: a\n      url: ftp://x\n      secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n", 4, "notices.webhooks[0].url", "not an http or https address")]     // a bad scheme
    [InlineData("notices:\n  webhooks:\n    - name: a\n      url: http://x\n      secret: whsec_no!\n", 5, "notices.webhooks[0].secret", "not valid base64")]                                    // a bad secret
    [InlineData("notices:\n  smtp:\n    host: h\n    from: nobody\n", 4, "notices.smtp.from", "not an e-mail address")]                                                       // a bad sender
    [InlineData("notices:\n  smtp:\n    host: h\n    from: a@b.c\n    prot: 25\n", 5, "notices.smtp.prot", "port")]                                                             // a misspelt key, with a suggestion
    [InlineData("notices:\n  smtp:\n    host: h\n    from: a@b.example, c@d.example\n", 4, "notices.smtp.from", "more than one address")]                                    // two senders
    [InlineData("notices:\n  smtp:\n    host: h\n    from: a@b.example\n    security: startls\n", 5, "notices.smtp.security", "did you mean 'starttls'?")]             // a misspelt security
    [InlineData("notices:\n  smtp:\n    host: h\n    from: a@b.example\n    security: tls\n    startTls: true\n", 6, "notices.smtp.startTls", "write either security or the older startTls, not both")] // the old key beside the new one
    [InlineData("notices:\n  timeoutSeconds: 600\n", 2, "notices.timeoutSeconds", "more than 300 seconds")]                                                              // a timeout that holds up the queue
    [InlineData("notices:\n  webhooks:\n    - name: a\n      url: http://127.0.0.1:9000/hook\n      secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n", 4, "notices.webhooks[0].url", "'http://127.0.0.1:9000' is a loopback address; set allowPrivateTargets: true")] // loopback
    [InlineData("notices:\n  webhooks:\n    - name: a\n      url: http://LocalHost/hook\n      secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n", 4, "notices.webhooks[0].url", "is this machine (localhost)")]                    // localhost by name
    [InlineData("notices:\n  webhooks:\n    - name: a\n      url: http://169.254.169.254/latest\n      secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n", 4, "notices.webhooks[0].url", "is a link-local address")]                 // cloud metadata
    [InlineData("notices:\n  webhooks:\n    - name: a\n      url: https://[fd00::5]/hook\n      secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n", 4, "notices.webhooks[0].url", "is a private address")]                          // IPv6 unique local
    [InlineData("notices:\n  allowPrivateTargets: false\n  webhooks:\n    - name: a\n      url: http://0.0.0.0/hook\n      secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n", 5, "notices.webhooks[0].url", "is an unspecified address")] // said false
    [InlineData("notice:\n  smtp: {}\n", 1, "notice", "notices")]                                                                                                              // a misspelt section
    public void Parse_BadField_SaysWhereAndWhat(string yaml, int line, string field, string says)
    {
        var result = NoticeSettingsFile.Parse(yaml, "pactum.yaml");

        Assert.False(result.IsValid);
        var error = result.Errors[0];
        Assert.Equal((line, field), (error.Line, error.Field));
        Assert.Contains(says, error.ToString(), StringComparison.Ordinal);
    }
}
