using NodaTime;
using Pactum.Domain.Assignment;

namespace Pactum.Domain.Tests.Assignment;

/// <summary>
/// A team as a caller keeps it: each rep with the turn the latest pick left them and their open leads. Assigning a lead
/// asks <see cref="RepPicker"/>, keeps the picked rep's new turn and adds the lead to their open ones.
/// </summary>
internal sealed class TeamSimulation(AssignmentMethod method, int? defaultCapacity = null)
{
    private readonly List<RepStanding> _team = [];
    private readonly Dictionary<string, int> _taken = new(StringComparer.Ordinal);

    public IReadOnlyList<RepStanding> Standings => _team;

    /// <summary>Every rep picked, in order.</summary>
    public List<string> Picks { get; } = [];

    public TeamSimulation With(params SalesRep[] reps)
    {
        foreach (var rep in reps)
        {
            _team.Add(new RepStanding(rep, RepTurn.None, 0));
            _taken[rep.Id] = 0;
        }

        return this;
    }

    /// <summary>Edits a rep on the team page (away, removed, weight), keeping their turn and open leads.</summary>
    public void Edit(string id, Func<SalesRep, SalesRep> edit)
    {
        var i = Index(id);
        _team[i] = _team[i] with { Rep = edit(_team[i].Rep) };
    }

    /// <summary>Sets a rep's open leads as the CRM counts them.</summary>
    public void SetOpen(string id, int open)
    {
        var i = Index(id);
        _team[i] = _team[i] with { OpenLeads = open };
    }

    public int Open(string id) => _team[Index(id)].OpenLeads;

    public int Taken(string id) => _taken.GetValueOrDefault(id);

    /// <summary>Assigns one lead on <paramref name="today"/>, keeping the picked rep's turn; the choice as the picker made it.</summary>
    public RepChoice Assign(LocalDate today, string? exclude = null)
    {
        var choice = RepPicker.Pick(method, _team, defaultCapacity, today, exclude);
        if (choice.RepId is { } id)
        {
            var i = Index(id);
            _team[i] = _team[i] with { Turn = choice.Turn!, OpenLeads = _team[i].OpenLeads + 1 };
            _taken[id]++;
            Picks.Add(id);
        }

        return choice;
    }

    private int Index(string id) => _team.FindIndex(s => s.Rep.Id == id) is var i and >= 0 ? i : throw new ArgumentException($"No rep {id}.", nameof(id));
}
