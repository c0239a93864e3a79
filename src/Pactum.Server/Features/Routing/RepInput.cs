using Pactum.Domain.Assignment;
using Pactum.Domain.Time;

namespace Pactum.Server.Features.Routing;

/// <summary>A rep as the API and the team page take it: weight, capacity, the date they are back (yyyy-MM-dd) and whether they are on the team.</summary>
public sealed record RepInput(decimal? Weight = null, int? Capacity = null, string? AwayUntil = null, bool? Active = null)
{
    /// <summary>The rep <paramref name="id"/> as this input sets it over <paramref name="current"/> (null for a new rep), or the problems.</summary>
    public (SalesRep? Rep, IReadOnlyList<string> Problems) ToRep(string id, SalesRep? current)
    {
        var problems = new List<string>();
        var name = id.Trim();
        if (name.Length is 0 or > 100)
        {
            problems.Add("id: a rep's name (as lead events carry it as owner), 1 to 100 characters");
        }

        if (Weight is <= 0 or > 100)
        {
            problems.Add($"weight: {Weight} is not a share of the turn; expected a number above 0 and at most 100 (1 is an even share)");
        }

        if (Capacity is < 0 or > 100_000)
        {
            problems.Add($"capacity: {Capacity} is not a number of open leads; expected a whole number from 0");
        }

        NodaTime.LocalDate? away = current?.AwayUntil;
        if (AwayUntil is not null)
        {
            if (AwayUntil.Trim().Length == 0)
            {
                away = null;
            }
            else if (DateText.TryParse(AwayUntil, out var back, out var error))
            {
                away = back;
            }
            else
            {
                problems.Add($"awayUntil: {error} (the day the rep is back, or an empty text when they are not away)");
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var rep = (current ?? new SalesRep { Id = name }) with
        {
            Weight = Weight ?? current?.Weight ?? 1m,
            Capacity = Capacity ?? current?.Capacity,
            AwayUntil = away,
            Active = Active ?? current?.Active ?? true,
        };
        return (rep, []);
    }
}
