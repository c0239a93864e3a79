using MailKit.Security;
using NodaTime;
using Pactum.Domain.Notices;
using Pactum.Server.Features.Notices;
using Pactum.Storage.Notices;

namespace Pactum.Server.Tests.Notices;

public sealed class EmailSenderTests
{
    [Theory]
    [InlineData(SmtpSecurity.Default, null, SecureSocketOptions.Auto)]          // no login: TLS on 465, STARTTLS when offered
    [InlineData(SmtpSecurity.Default, "pactum", SecureSocketOptions.StartTls)]  // a login: STARTTLS required
    [InlineData(SmtpSecurity.StartTls, null, SecureSocketOptions.StartTls)]     // written starttls
    [InlineData(SmtpSecurity.Tls, "pactum", SecureSocketOptions.SslOnConnect)]  // written tls
    [InlineData(SmtpSecurity.None, "pactum", SecureSocketOptions.None)]         // a login in the clear only when said in so many words
    public void SocketOptions_SecurityAndLogin_IsMailKitsOption(SmtpSecurity security, string? userName, SecureSocketOptions expected) =>
        Assert.Equal(expected, EmailSender.SocketOptions(new SmtpSettings("mail.example.com", 587, "pactum@company-x.example", userName, "pw", security)));

    [Fact]
    public async Task DispatchAsync_LoginToAServerWithoutStartTls_FailsAndSendsNoPassword()
    {
        await using var world = await NoticeWorld.StartAsync(mail: true, s => s with { Smtp = s.Smtp! with { UserName = "pactum", Password = "secret" } });
        world.SweepAt(NoticeWorld.WarnAt);

        await world.DispatchAfter(Duration.Zero);

        var mail = Assert.Single(world.Outbox.Deliveries(), d => d.Channel == "email");
        Assert.Equal(DeliveryState.Pending, mail.State);
        Assert.Contains("STARTTLS", mail.LastError, StringComparison.Ordinal);
        Assert.Empty(world.Smtp!.Received);
    }
}
