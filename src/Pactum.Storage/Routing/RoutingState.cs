using Dapper;
using Pactum.Storage.Database;

namespace Pactum.Storage.Routing;

/// <summary>
/// What the hand-off automation has done so far (SPEC L5): the last <c>lead_events</c> rowid it has routed, and the
/// agreement version it last routed every lead in marketing under. A small key-value table.
/// </summary>
public sealed class RoutingState(SqliteDatabase database)
{
    private const string WatermarkKey = "routed_rowid";
    private const string VersionKey = "routed_version";

    /// <summary>The last event rowid routed (0 before the first round).</summary>
    public long Watermark() => long.TryParse(Read(WatermarkKey), out var rowId) ? rowId : 0;

    /// <summary>Records that every event up to <paramref name="rowId"/> has been routed.</summary>
    public void SetWatermark(long rowId) => Write(WatermarkKey, rowId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The agreement version ("id@version") every lead in marketing was last routed under, or null.</summary>
    public string? RoutedVersion() => Read(VersionKey);

    /// <summary>Records the agreement version every lead in marketing was routed under.</summary>
    public void SetRoutedVersion(string version) => Write(VersionKey, version);

    private string? Read(string key)
    {
        using var connection = database.Connect();
        return connection.QueryFirstOrDefault<string?>("SELECT value FROM routing_state WHERE key = @key", new { key });
    }

    private void Write(string key, string value)
    {
        using var connection = database.Connect();
        connection.Execute("INSERT INTO routing_state (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = @value", new { key, value });
    }
}
