using System.CommandLine;
using System.Globalization;
using Pactum.Domain.Time;
using Pactum.Server.Features.Routing;
using Pactum.Storage.Agreements;
using Pactum.Storage.Database;
using Pactum.Storage.Leads;
using Pactum.Storage.Routing;
using Spectre.Console;

namespace Pactum.Cli.Verbs;

/// <summary>
/// <c>pactum score explain LEAD</c> (SPEC L4): why a lead has its score under the agreement in effect — every fit and
/// interest rule that counted, with decay and caps, the history of the score, and what the hand-off rules say.
/// </summary>
public static class ScoreVerb
{
    public static Command Create(CliConsole console)
    {
        var score = new Command("score", "Lead scores under the agreement in effect.");
        score.Subcommands.Add(Explain(console));
        return score;
    }

    private static Command Explain(CliConsole console)
    {
        var lead = new Argument<string>("LEAD") { Description = "The lead's ID." };
        var db = ImportVerb.DatabaseOption();
        var json = CliConsole.JsonOption();
        var command = new Command("explain", "Print why a lead has its score: each rule that counted, decay and caps, its history and the hand-off verdict.") { lead, db, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(db) ?? DataFolder.DefaultDatabase;
            if (parse.GetValue(db) is not null && !File.Exists(path))
            {
                return console.Fail($"--db: no database '{path}'");
            }

            var database = SqliteDatabase.Open(path);
            var clock = NodaTime.SystemClock.Instance;
            var book = new ScoreBook(new RoutingPlans(new AgreementStore(database, clock)), new EventLog(database, clock), new RoutingQueries(database), clock);
            var leadId = parse.GetValue(lead)!.Trim();
            if (book.Explain(leadId) is not { } view)
            {
                return console.Fail($"LEAD: no lead '{leadId}' in the database");
            }

            return parse.GetValue(json) ? console.WriteJson(Document(view)) : Table(console, view);
        });
        return command;
    }

    private static object Document(LeadScoreView view) => new
    {
        leadId = view.LeadId,
        agreement = view.Plan,
        fit = view.Score?.Fit,
        interest = view.Score?.Interest,
        total = view.Score?.Total,
        grade = view.Score?.Grade,
        disqualifications = view.Score?.Disqualifications ?? [],
        parts = (view.Score?.Parts ?? []).Select(p => new { side = p.Side.ToString().ToLowerInvariant(), rule = p.Rule, points = p.Points, rawPoints = p.RawPoints, eventId = p.EventId, at = p.At is { } at ? InstantText.Format(at) : null, group = p.Group, note = p.Note }),
        handOff = view.Verdict is { } v ? new { outcome = Outcome(v), at = v.At is { } at ? InstantText.Format(at) : null, reason = v.Reason } : null,
        history = view.History.Select(s => new { at = InstantText.Format(s.At), eventId = s.EventId, what = s.What, change = s.Change, fit = s.Fit, interest = s.Interest, total = s.Total, grade = s.Grade }),
    };

    private static int Table(CliConsole console, LeadScoreView view)
    {
        var output = console.Output;
        if (view.Score is not { } score)
        {
            output.WriteLine($"{view.LeadId}: no agreement in effect scores leads.");
            return PactumCli.Ok;
        }

        output.WriteLine($"{view.LeadId}: score {N(score.Total)} = fit {N(score.Fit)} + interest {N(score.Interest)}, grade {score.Grade} ({view.Plan})");
        foreach (var reason in score.Disqualifications)
        {
            output.WriteLine($"  disqualified: {reason}");
        }

        var parts = new Table().AddColumns("Side", "Rule", "Points", "Note");
        foreach (var part in score.Parts)
        {
            parts.AddRow(part.Side.ToString().ToLowerInvariant(), Markup.Escape(part.Rule), N(part.Points), Markup.Escape(part.Note ?? ""));
        }

        console.Human.Write(parts);
        if (view.Verdict is { } verdict)
        {
            output.WriteLine($"Hand-off: {Outcome(verdict).Replace('_', ' ')} — {verdict.Reason}");
        }

        return PactumCli.Ok;
    }

    private static string Outcome(Pactum.Domain.Scoring.HandOffVerdict verdict) => Pactum.Domain.Leads.LeadNames.SnakeCase(verdict.Outcome.ToString());

    private static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
