using System.Net.Sockets;
using System.Text.Json.Nodes;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Notices;
using Pactum.Storage.Notices;

namespace Pactum.Server.Features.Notices;

/// <summary>
/// Mails a notice to one point of contact through the configured SMTP server with MailKit: the subject, then the
/// notice's text and its details. The connection is secured as <see cref="SmtpSettings.Security"/> says
/// (<see cref="SocketOptions"/>): with a login, STARTTLS or TLS is required unless the settings say <c>none</c>.
/// </summary>
public static class EmailSender
{
    /// <summary>Sends <paramref name="delivery"/> to its address through <paramref name="smtp"/>, giving up after <paramref name="timeout"/>.</summary>
    public static async Task<DeliveryResult> SendAsync(SmtpSettings smtp, Duration timeout, NoticeDelivery delivery, CancellationToken stop)
    {
        if (Mailbox(delivery.Target) is not { } to)
        {
            return DeliveryResult.Unsendable($"'{delivery.Target}' is not an e-mail address: {EmailAddress.Problem(delivery.Target) ?? "MimeKit cannot read it"}");
        }

        if (Mailbox(smtp.From) is not { } from)
        {
            return DeliveryResult.Unsendable($"the sender '{smtp.From}' is not an e-mail address");
        }

        using var message = new MimeMessage([from], [to], delivery.Subject, new TextPart("plain") { Text = Body(delivery.Payload) });
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop);
        deadline.CancelAfter(timeout.ToTimeSpan());
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, SocketOptions(smtp), deadline.Token).ConfigureAwait(false);
            if (smtp.UserName is not null)
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", deadline.Token).ConfigureAwait(false);
            }

            await client.SendAsync(message, deadline.Token).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, deadline.Token).ConfigureAwait(false);
            return DeliveryResult.Ok();
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return DeliveryResult.Failed($"no answer from {smtp.Host}:{smtp.Port} within {timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is ProtocolException or CommandException or AuthenticationException or IOException or SocketException or NotSupportedException)
        {
            return DeliveryResult.Failed(e.InnerException is null ? e.Message : $"{e.Message} {e.InnerException.Message}");
        }
    }

    /// <summary>
    /// How MailKit secures the connection: <c>starttls</c>, <c>tls</c> and <c>none</c> as written; unwritten, STARTTLS
    /// is required with a login, and without one MailKit's automatic choice is taken (TLS on port 465, otherwise
    /// STARTTLS when the server offers it).
    /// </summary>
    public static SecureSocketOptions SocketOptions(SmtpSettings smtp) => smtp.Security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => smtp.UserName is not null ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto,
    };

    /// <summary>The mail body: the notice's text, then each detail on its own line.</summary>
    public static string Body(string payload)
    {
        var json = JsonNode.Parse(payload)!;
        var lines = new List<string> { json["text"]!.GetValue<string>(), "" };
        if (json["data"] is JsonObject data)
        {
            lines.AddRange(data.Where(p => p.Value is not null).Select(p => $"{p.Key}: {p.Value}"));
        }

        return string.Join("\n", lines);
    }

    /// <summary>The one mailbox <paramref name="address"/> is, by Pactum's strict rule and MimeKit's reading both; null otherwise.</summary>
    private static MailboxAddress? Mailbox(string address) =>
        EmailAddress.IsValid(address) && MailboxAddress.TryParse(address, out var mailbox) && mailbox.Address == address ? mailbox : null;
}
