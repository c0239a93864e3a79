using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Pactum.Domain.Compliance;
using Pactum.Domain.Limits;
using Pactum.Domain.Time;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Infrastructure;
using Pactum.Storage.Compliance;

namespace Pactum.Server.Features.Compliance;

/// <summary>The compliance API (SPEC P1–P3, G6, R8): verdicts, evaluation and replay, strikes, remediation notes, flags, service events.</summary>
internal static class ComplianceEndpoints
{
    public static void MapComplianceEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/agreements/{id}").WithTags("Compliance");

        api.MapGet("/compliance", Results<Ok<ComplianceAnswer>, NotFound> (string id, AgreementCatalog catalog, ComplianceService compliance) =>
            catalog.Find(id) is { } loaded ? TypedResults.Ok(ComplianceAnswer.From(compliance.View(loaded))) : TypedResults.NotFound())
            .WithSummary("Verdicts (with the agreement version and calendar zone they used), strikes, remediation notes, renegotiation flags, replays and this month's availability.");

        api.MapGet("/reviews.ics", Results<FileContentHttpResult, NotFound> (string id, PublicAddress address, AgreementCatalog catalog, IClock clock) =>
        {
            if (catalog.Find(id) is not { } loaded)
            {
                return TypedResults.NotFound();
            }

            var link = address.Link($"/agreements/{Uri.EscapeDataString(id)}/review");
            var ics = ReviewCalendarFile.Write(id, ReviewSchedule.Of(loaded.Agreement), clock.GetCurrentInstant(), link);
            return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"{id}-reviews.ics");
        })
        .WithSummary("The agreement's review dates (meetings, revisions, mid-term and expiry reviews) as an iCalendar file, each with a reminder the day before.");

        api.MapPost("/evaluate", Results<Ok<OutcomeAnswer>, NotFound> (string id, ComplianceService compliance) =>
            compliance.Evaluate(id) is { } outcome ? TypedResults.Ok(OutcomeAnswer.From(outcome)) : TypedResults.NotFound())
            .WithSummary("Evaluate the agreement now: finished periods are recorded once (with strikes, notices and flags); running ones are updated.")
            .DisableAntiforgery();

        api.MapPost("/replay", Results<Ok<OutcomeAnswer>, ProblemHttpResult, NotFound> (string id, string? by, ComplianceService compliance) =>
            InputLimits.Problem("by", by, InputLimits.MaxIdLength) is { } tooLong ? FileErrorProblem.For("The replay was not started.", tooLong)
            : compliance.Replay(id, string.IsNullOrWhiteSpace(by) ? "api" : by.Trim()) is { } outcome ? TypedResults.Ok(OutcomeAnswer.From(outcome))
            : TypedResults.NotFound())
            .WithSummary("Recompute every verdict from the events and the version in effect, after a correction; the answer lists the verdicts that changed.")
            .DisableAntiforgery();

        api.MapPost("/remediations", Results<Created<Remediation>, ProblemHttpResult, NotFound> (string id, RemediationInput input, AgreementCatalog catalog, ConsequenceStore consequences) =>
        {
            if (catalog.Find(id) is not { } loaded)
            {
                return TypedResults.NotFound();
            }

            var (note, problems) = input.Validate(loaded.Agreement);
            if (note is null)
            {
                return FileErrorProblem.For("The remediation note is not valid.", problems);
            }

            var stored = consequences.AddRemediation(id, note.GoalId, note.PeriodFrom, note.DiagnosedBy, note.Action, note.Due, note.RecordedBy);
            return TypedResults.Created($"/api/agreements/{id}/compliance", stored);
        })
        .WithSummary("Add a remediation note to a missed goal: who diagnoses, what is done, by when.")
        .DisableAntiforgery();

        api.MapPost("/service-events", Results<Ok<ServiceEventsAnswer>, ProblemHttpResult, NotFound> (string id, List<ServiceEventInput> input, AgreementCatalog catalog, ServiceEventStore events) =>
        {
            if (catalog.Find(id) is null)
            {
                return TypedResults.NotFound();
            }

            var nulls = NullItems.Of(input, "a service event {type, id, at …}").ToList();
            if (nulls.Count > 0)
            {
                return FileErrorProblem.For("Some service events are not valid; none was recorded.", nulls);
            }

            var built = input.Select((e, i) => e.ToEvent(id, $"[{i}]")).ToList();
            var problems = built.SelectMany(b => b.Problems).ToList();
            if (problems.Count > 0)
            {
                return FileErrorProblem.For("Some service events are not valid; none was recorded.", problems);
            }

            var added = events.Record(built.Select(b => b.Event!).ToList());
            return TypedResults.Ok(new ServiceEventsAnswer(added, input.Count - added));
        })
        .WithSummary("Record outages, deliveries and friction notes (all or none); an id already recorded is skipped.")
        .DisableAntiforgery();
    }
}

/// <summary>What the API answers for <c>/compliance</c>.</summary>
public sealed record ComplianceAnswer(
    string AgreementId, int Version, IReadOnlyList<VerdictRow> Verdicts, IReadOnlyList<StrikeAnswer> Strikes, IReadOnlyList<Remediation> Remediations,
    IReadOnlyList<AgreementFlag> Flags, IReadOnlyList<VerdictReplay> Replays, IReadOnlyList<AvailabilityAnswer> Availability)
{
    public static ComplianceAnswer From(ComplianceView view) => new(
        view.Loaded.Stored.Id, view.Loaded.Stored.Version, view.Verdicts,
        view.Strikes.Select(s => new StrikeAnswer(s.Strike.GoalId, s.Strike.Period.ToString(), s.Strike.Party, s.Strike.Contacts, s.AgreementVersion)).ToList(),
        view.Remediations, view.Flags, view.Replays,
        view.Availability.Select(a => new AvailabilityAnswer(a.Goal.Id, a.Month, a.Assessment.MeasuredAvailability, a.Assessment.DowntimeSeconds, a.Assessment.AllowedDowntimeSeconds, a.Assessment.DowntimeLeftSeconds, a.Assessment.CreditFraction)).ToList());
}

/// <summary>A strike in the API.</summary>
public sealed record StrikeAnswer(string GoalId, string Period, string Party, IReadOnlyList<string> Contacts, int AgreementVersion);

/// <summary>A month's availability in the API: fractions and seconds.</summary>
public sealed record AvailabilityAnswer(string GoalId, string Month, decimal Availability, decimal DowntimeSeconds, decimal AllowedDowntimeSeconds, decimal DowntimeLeftSeconds, decimal Credit);

/// <summary>What an evaluation or replay did.</summary>
public sealed record OutcomeAnswer(IReadOnlyList<string> Finished, IReadOnlyList<string> Strikes, IReadOnlyList<string> Flags, int Notices, IReadOnlyList<string> Changes)
{
    public static OutcomeAnswer From(EvaluationOutcome outcome) => new(
        outcome.Finished.Select(v => $"{v.GoalId} {v.Period}: {VerdictStates.ToText(v.State)}").ToList(),
        outcome.Strikes.Select(s => $"{s.GoalId} {s.Period}: {s.Party}").ToList(),
        outcome.Flags.Select(f => f.Describe()).ToList(),
        outcome.Notices,
        outcome.Changes.Select(c => c.Describe()).ToList());
}

/// <summary>How many service events were recorded and how many were already known.</summary>
public sealed record ServiceEventsAnswer(int Recorded, int AlreadyKnown);

/// <summary>A remediation note as the API and the page take it: the goal and period (its first day), who diagnoses, what is done, by when.</summary>
public sealed record RemediationInput(string? GoalId, string? PeriodFrom, string? DiagnosedBy, string? Action, string? Due, string? RecordedBy)
{
    /// <summary>The note, or the problems (field: what is wrong) when it is not valid under <paramref name="agreement"/>.</summary>
    public (RemediationNote? Note, IReadOnlyList<string> Problems) Validate(Domain.Agreements.Agreement agreement)
    {
        var problems = InputLimits.Problems(
            ("diagnosedBy", DiagnosedBy, InputLimits.MaxIdLength), ("action", Action, InputLimits.MaxTextLength), ("recordedBy", RecordedBy, InputLimits.MaxIdLength)).ToList();
        if (agreement.Goals.All(g => g.Id != GoalId))
        {
            problems.Add($"goalId: '{GoalId}' is not a goal of this agreement; expected one of {string.Join(", ", agreement.Goals.Select(g => g.Id))}");
        }

        LocalDate? Day(string? text, string field)
        {
            if (!DateText.TryParse(text, out var day, out var error))
            {
                problems.Add($"{field}: {error}");
                return null;
            }

            return day;
        }

        var from = Day(PeriodFrom, "periodFrom");
        var due = Day(Due, "due");
        if (string.IsNullOrWhiteSpace(DiagnosedBy))
        {
            problems.Add("diagnosedBy: is required (who finds the cause)");
        }

        if (string.IsNullOrWhiteSpace(Action))
        {
            problems.Add("action: is required (what is done)");
        }

        return problems.Count > 0
            ? (null, problems)
            : (new RemediationNote(GoalId!, from!.Value, DiagnosedBy!.Trim(), Action!.Trim(), due!.Value, string.IsNullOrWhiteSpace(RecordedBy) ? "api" : RecordedBy.Trim()), problems);
    }
}

/// <summary>A valid remediation note.</summary>
public sealed record RemediationNote(string GoalId, LocalDate PeriodFrom, string DiagnosedBy, string Action, LocalDate Due, string RecordedBy);
