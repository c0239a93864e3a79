using Pactum.Domain.Notices;

namespace Pactum.Domain.Tests.Notices;

public sealed class NoticeSettingsFileTests
{
    [Fact]
    public void Parse_WebhooksAndSmtp_ReadsEveryField()
    {
        const string yaml = """
            notices:
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
                startTls: true
            """;

        var settings = NoticeSettingsFile.Parse(yaml, "pactum.yaml").Value!;

        Assert.Equal(["sales-chat", "everyone"], settings.Webhooks.Select(w => w.Name));
        Assert.True(settings.Webhooks[0].Hears("sales"));
        Assert.False(settings.Webhooks[0].Hears("marketing"));
        Assert.True(settings.Webhooks[1].Hears("marketing")); // no parties: every party
        Assert.Equal(new SmtpSettings("mail.example.com", 587, "pactum@company-x.example", "pactum", "secret", true), settings.Smtp);
    }

    [Fact]
    public void Parse_Empty_HasNoEndpointsAndNoMail()
    {
        var settings = NoticeSettingsFile.Parse("notices: {}\n", "pactum.yaml").Value!;
        Assert.Empty(settings.Webhooks);
        Assert.Null(settings.Smtp);
    }

    [Theory]
    [InlineData("notices:\n  webhooks:\n    - name: a\n      url: ftp://x\n      secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n", 4, "notices.webhooks[0].url", "not an http or https address")]     // a bad scheme
    [InlineData("notices:\n  webhooks:\n    - name: a\n      url: http://x\n      secret: whsec_no!\n", 5, "notices.webhooks[0].secret", "not valid base64")]                                    // a bad secret
    [InlineData("notices:\n  smtp:\n    host: h\n    from: nobody\n", 4, "notices.smtp.from", "not an e-mail address")]                                                       // a bad sender
    [InlineData("notices:\n  smtp:\n    host: h\n    from: a@b.c\n    prot: 25\n", 5, "notices.smtp.prot", "port")]                                                             // a misspelt key, with a suggestion
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
