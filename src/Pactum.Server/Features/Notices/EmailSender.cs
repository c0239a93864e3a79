using System.Net;
using System.Net.Mail;
using System.Text.Json.Nodes;
using Pactum.Domain.Notices;
using Pactum.Storage.Notices;

namespace Pactum.Server.Features.Notices;

/// <summary>Mails a notice to one point of contact through the configured SMTP server: the subject, then the notice's text and its details.</summary>
public static class EmailSender
{
    /// <summary>Sends <paramref name="delivery"/> to its address through <paramref name="smtp"/>.</summary>
    public static async Task<DeliveryResult> SendAsync(SmtpSettings smtp, NoticeDelivery delivery, CancellationToken stop)
    {
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.StartTls, Timeout = 15_000 };
        if (smtp.UserName is not null)
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        using var message = new MailMessage(smtp.From, delivery.Target) { Subject = delivery.Subject, Body = Body(delivery.Payload) };
        try
        {
            await client.SendMailAsync(message, stop).ConfigureAwait(false);
            return DeliveryResult.Ok();
        }
        catch (Exception e) when (e is SmtpException or IOException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            return DeliveryResult.Failed(e.InnerException is null ? e.Message : $"{e.Message} {e.InnerException.Message}");
        }
    }

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
}
