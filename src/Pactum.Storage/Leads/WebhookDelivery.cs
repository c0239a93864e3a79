using System.Security.Cryptography;

namespace Pactum.Storage.Leads;

/// <summary>
/// One inbound signed webhook as the event log keys it: the sender's <c>webhook-id</c> and the SHA-256 of the raw body
/// bytes (lowercase hex), so a redelivery (same id, same body) can be told from a different message reusing an id.
/// </summary>
public sealed record WebhookDelivery(string Id, string BodySha256)
{
    /// <summary>The delivery <paramref name="id"/> carrying <paramref name="body"/> (hashed as received, byte for byte).</summary>
    public static WebhookDelivery Of(string id, ReadOnlySpan<byte> body) => new(id, Convert.ToHexStringLower(SHA256.HashData(body)));
}
