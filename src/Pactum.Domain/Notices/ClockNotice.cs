using System.Text.Json.Nodes;
using NodaTime.Text;
using Pactum.Domain.Clocks;

namespace Pactum.Domain.Notices;

/// <summary>
/// A notice that a clock warned or breached (SPEC C3), for the points of contact of the clock's party: a webhook body
/// in the Standard Webhooks shape (<c>type</c>, <c>timestamp</c>, <c>data</c>) with a <c>text</c> field besides, which
/// chat tools' incoming webhooks (Slack, Mattermost, Teams workflows, Google Chat) post as the message, and an e-mail
/// subject. Times in the text are in the calendar's zone.
/// </summary>
public sealed record ClockNotice(string Type, string Party, string Subject, string Text, string Payload)
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("ddd d MMM yyyy HH:mm");

    /// <summary>The notice of <paramref name="change"/> (a warning or a breach) of <paramref name="run"/>.</summary>
    public static ClockNotice Of(ClockPlan plan, ClockDefinition clock, ClockRun run, ClockChange change, string? owner)
    {
        var state = ClockStates.ToText(change.State);
        var zone = plan.Calendar.Zone;
        var dueText = run.Due is { } due ? $"due {LocalPattern.Format(due.InZone(zone).LocalDateTime)} ({zone.Id})" : "no deadline";
        var what = change.State == ClockState.Breached ? "Breached" : "Warning";
        var subject = $"{what}: {clock.Name} on lead {run.LeadId}";
        var ownerText = owner is null ? "" : $", owner {owner}";
        var text = $"{subject} ({plan.Title}, {clock.Party}{ownerText}): {dueText}.";
        var data = new JsonObject
        {
            ["agreementId"] = plan.AgreementId,
            ["agreementVersion"] = run.AgreementVersion,
            ["clockId"] = clock.Id,
            ["clockName"] = clock.Name,
            ["party"] = clock.Party,
            ["leadId"] = run.LeadId,
            ["owner"] = owner,
            ["run"] = run.Run,
            ["state"] = state,
            ["at"] = InstantPattern.General.Format(change.At),
            ["startedAt"] = InstantPattern.General.Format(run.StartedAt),
            ["due"] = run.Due is { } d ? InstantPattern.General.Format(d) : null,
            ["warnAt"] = run.WarnAt is { } w ? InstantPattern.General.Format(w) : null,
            ["calendarZone"] = zone.Id,
        };
        return new ClockNotice($"clock.{state}", clock.Party, subject, text, NoticeBody.Json($"clock.{state}", change.At, text, data));
    }

    /// <summary>Whether <paramref name="change"/> is one that is told (a warning or a breach).</summary>
    public static bool IsTold(ClockChange change) => change.State is ClockState.Warning or ClockState.Breached;
}
