using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Pactum.Storage.Database;

/// <summary>
/// <c>pactum_local_day(ticks, zone)</c>: the local date (yyyy-MM-dd) of an instant (Unix ticks) in an IANA zone, the
/// function the daily report aggregates are keyed by (migration 0005). Registered on every connection of the storage.
/// </summary>
internal static class LocalDayFunction
{
    private static readonly ConcurrentDictionary<string, DateTimeZone> Zones = new(StringComparer.Ordinal);

    public static void Register(SqliteConnection connection) =>
        connection.CreateFunction<long, string, string>("pactum_local_day", LocalDay, isDeterministic: true);

    /// <summary>The local date of <paramref name="ticks"/> in <paramref name="zone"/>, as the aggregates store it.</summary>
    public static string LocalDay(long ticks, string zone) =>
        Instant.FromUnixTimeTicks(ticks).InZone(Zones.GetOrAdd(zone, id => DateTimeZoneProviders.Tzdb[id])).Date
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
