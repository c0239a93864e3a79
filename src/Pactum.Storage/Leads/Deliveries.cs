using Microsoft.Data.Sqlite;
using NodaTime;

namespace Pactum.Storage.Leads;

/// <summary>
/// The webhook deliveries taken, by their <c>webhook-id</c> and body hash, so a redelivered message is taken once and a
/// different message under a used id is recognised.
/// </summary>
internal static class Deliveries
{
    /// <summary>
    /// The delivery recorded under <paramref name="deliveryId"/>, or null when the id is unused. Its hash is null for
    /// deliveries recorded before bodies were hashed.
    /// </summary>
    public static (string? BodySha256, Instant ReceivedAt)? Find(SqliteConnection connection, SqliteTransaction transaction, string deliveryId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT body_sha256, received_ticks FROM webhook_deliveries WHERE delivery_id = $id";
        command.Parameters.AddWithValue("$id", deliveryId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.IsDBNull(0) ? null : reader.GetString(0), Instant.FromUnixTimeTicks(reader.GetInt64(1))) : null;
    }

    /// <summary>Records <paramref name="delivery"/> as taken at <paramref name="receivedAt"/> (its id must be unused).</summary>
    public static void Record(SqliteConnection connection, SqliteTransaction transaction, WebhookDelivery delivery, Instant receivedAt)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO webhook_deliveries (delivery_id, received_ticks, body_sha256) VALUES ($id, $at, $hash)";
        command.Parameters.AddWithValue("$id", delivery.Id);
        command.Parameters.AddWithValue("$at", receivedAt.ToUnixTimeTicks());
        command.Parameters.AddWithValue("$hash", delivery.BodySha256);
        command.ExecuteNonQuery();
    }
}
