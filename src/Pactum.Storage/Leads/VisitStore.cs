using NodaTime;
using NodaTime.Text;
using Pactum.Storage.Database;

namespace Pactum.Storage.Leads;

/// <summary>
/// Visits per source per day (SPEC L3), as the web analytics count them. A day and source delivered again replaces the
/// count (the analytics' latest figure wins), so sending a day twice changes nothing.
/// </summary>
public sealed class VisitStore(SqliteDatabase database)
{
    private static readonly LocalDatePattern Day = LocalDatePattern.Iso;

    /// <summary>Records every count in one transaction.</summary>
    public void Record(IReadOnlyList<SourceVisits> visits)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO source_visits (day, source, visits) VALUES ($day, $source, $visits) ON CONFLICT (day, source) DO UPDATE SET visits = excluded.visits";
        var day = command.Parameters.Add("$day", Microsoft.Data.Sqlite.SqliteType.Text);
        var source = command.Parameters.Add("$source", Microsoft.Data.Sqlite.SqliteType.Text);
        var count = command.Parameters.Add("$visits", Microsoft.Data.Sqlite.SqliteType.Integer);
        foreach (var v in visits)
        {
            day.Value = Day.Format(v.Day);
            source.Value = v.Source;
            count.Value = v.Visits;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The counts of the days from <paramref name="from"/> to <paramref name="to"/>, both included, by day then source.</summary>
    public IReadOnlyList<SourceVisits> Between(LocalDate from, LocalDate to)
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT day, source, visits FROM source_visits WHERE day >= $from AND day <= $to ORDER BY day, source";
        command.Parameters.AddWithValue("$from", Day.Format(from));
        command.Parameters.AddWithValue("$to", Day.Format(to));
        using var reader = command.ExecuteReader();
        var visits = new List<SourceVisits>();
        while (reader.Read())
        {
            visits.Add(new SourceVisits(Day.Parse(reader.GetString(0)).Value, reader.GetString(1), reader.GetInt64(2)));
        }

        return visits;
    }
}

/// <summary>How many visits one source brought on one local day.</summary>
public sealed record SourceVisits(LocalDate Day, string Source, long Visits);
