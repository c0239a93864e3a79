using Microsoft.Data.Sqlite;
using NodaTime;

namespace Pactum.Storage.Leads;

/// <summary>The webhook deliveries received, by their <c>webhook-id</c>, so a redelivered message is taken once.</summary>
internal static class Deliveries
{
    /// <summary>Records <paramref name="deliveryId"/>; false when it was recorded before.</summary>
    public static bool Record(SqliteConnection connection, SqliteTransaction transaction, string deliveryId, Instant receivedAt)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO webhook_deliveries (delivery_id, received_ticks) VALUES ($id, $at) ON CONFLICT (delivery_id) DO NOTHING";
        command.Parameters.AddWithValue("$id", deliveryId);
        command.Parameters.AddWithValue("$at", receivedAt.ToUnixTimeTicks());
        return command.ExecuteNonQuery() == 1;
    }
}
