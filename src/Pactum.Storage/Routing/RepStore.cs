using System.Globalization;
using Dapper;
using NodaTime;
using NodaTime.Text;
using Pactum.Domain.Assignment;
using Pactum.Storage.Database;

namespace Pactum.Storage.Routing;

/// <summary>
/// The sales team hand-offs are assigned to (SPEC L5): each rep with their weight, capacity, away date, whether they are
/// still on the team, and their place in the turn. A removed rep is kept inactive, so their leads keep a known owner.
/// </summary>
public sealed class RepStore(SqliteDatabase database, IClock clock)
{
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;

    /// <summary>Every rep, active or not, in team-page order, with their place in the turn.</summary>
    public IReadOnlyList<(SalesRep Rep, RepTurn Turn)> All()
    {
        using var connection = database.Connect();
        return connection.Query<Row>("SELECT * FROM sales_reps ORDER BY position, rep_id").Select(r => (r.ToRep(), r.ToTurn())).ToList();
    }

    /// <summary>One rep, or null.</summary>
    public SalesRep? Find(string repId) => All().Select(r => r.Rep).FirstOrDefault(r => r.Id == repId);

    /// <summary>
    /// Adds <paramref name="rep"/> at the end of the team, or updates the rep of that id (weight, capacity, away date,
    /// active) keeping their place in the turn. True when the rep was added.
    /// </summary>
    public bool Save(SalesRep rep)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        var updated = connection.Execute(
            "UPDATE sales_reps SET weight = @weight, capacity = @Capacity, away_until = @away, active = @active WHERE rep_id = @Id",
            Parameters(rep), transaction);
        if (updated == 0)
        {
            var position = connection.ExecuteScalar<long?>("SELECT MAX(position) FROM sales_reps", transaction: transaction) ?? 0;
            connection.Execute(
                "INSERT INTO sales_reps (rep_id, position, weight, capacity, away_until, active, added_ticks) VALUES (@Id, @position, @weight, @Capacity, @away, @active, @now)",
                new { rep.Id, position = position + 1, weight = Text(rep.Weight), rep.Capacity, away = Away(rep), active = rep.Active ? 1 : 0, now = clock.GetCurrentInstant().ToUnixTimeTicks() },
                transaction);
        }

        transaction.Commit();
        return updated == 0;
    }

    /// <summary>Keeps <paramref name="turn"/> as the place in the turn of rep <paramref name="repId"/>.</summary>
    public void SaveTurn(string repId, RepTurn turn)
    {
        using var connection = database.Connect();
        connection.Execute(
            "UPDATE sales_reps SET turn_start = @start, turn_finish = @finish, turn_sequence = @Sequence, turn_picked_on = @picked WHERE rep_id = @repId",
            new { repId, start = Text(turn.Start), finish = Text(turn.Finish), turn.Sequence, picked = turn.PickedOn is { } d ? Date.Format(d) : null });
    }

    private static object Parameters(SalesRep rep) =>
        new { rep.Id, weight = Text(rep.Weight), rep.Capacity, away = Away(rep), active = rep.Active ? 1 : 0 };

    private static string? Away(SalesRep rep) => rep.AwayUntil is { } d ? Date.Format(d) : null;

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private sealed record Row(
        string rep_id, long position, string weight, long? capacity, string? away_until, long active, string turn_start, string turn_finish, long turn_sequence, string? turn_picked_on, long added_ticks)
    {
        public SalesRep ToRep() => new()
        {
            Id = rep_id,
            Order = (int)position,
            Weight = Number(weight),
            Capacity = (int?)capacity,
            AwayUntil = away_until is null ? null : Date.Parse(away_until).Value,
            Active = active != 0,
        };

        public RepTurn ToTurn() => new(Number(turn_start), Number(turn_finish), turn_sequence, turn_picked_on is null ? null : Date.Parse(turn_picked_on).Value);
    }
}
