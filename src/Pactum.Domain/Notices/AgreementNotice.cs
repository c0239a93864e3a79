using System.Text.Json.Nodes;
using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Compliance;

namespace Pactum.Domain.Notices;

/// <summary>
/// A notice about an agreement for the points of contact of one party (SPEC P2, P3, P4, R8): a goal met (a
/// celebration) or missed, the agreement flagged for renegotiation, a review coming up, a status report delivered.
/// </summary>
/// <param name="Type">The notice type, e.g. <c>goal.met</c>, <c>goal.missed</c>, <c>agreement.flagged</c>.</param>
/// <param name="Party">The party whose contacts hear it (and whose webhooks).</param>
/// <param name="Emails">The e-mail addresses of those contacts.</param>
/// <param name="Subject">The e-mail subject.</param>
/// <param name="Text">The message.</param>
/// <param name="Payload">The webhook body (<see cref="NoticeBody"/>).</param>
public sealed record AgreementNotice(string Type, string Party, IReadOnlyList<string> Emails, string Subject, string Text, string Payload)
{
    /// <summary>
    /// The notices of a finished <paramref name="verdict"/> of version <paramref name="version"/>: a celebration for a met
    /// goal, a notice to the responsible contacts for a miss; one per party that owns the goal (every party for a shared goal).
    /// </summary>
    public static IReadOnlyList<AgreementNotice> ForVerdict(Agreement agreement, int version, GoalVerdict verdict, Instant at)
    {
        var goal = agreement.Goals.First(g => g.Id == verdict.GoalId);
        var met = verdict.State == VerdictState.Met;
        var type = met ? "goal.met" : "goal.missed";
        var subject = met ? $"Goal met: {goal.Name} in {verdict.Period}" : $"Goal missed: {goal.Name} in {verdict.Period}";
        var actual = verdict.Actual is { } a ? Number(a) : "nothing measured";
        var text = met
            ? $"{subject} ({agreement.Title}): {actual} against {Number(verdict.Target)} {goal.Unit}. Well done!"
            : $"{subject} ({agreement.Title}): {actual} against {Number(verdict.Target)} {goal.Unit}. A strike is recorded; {Remedy(agreement)}";
        var data = Data(agreement, version);
        data["goalId"] = goal.Id;
        data["goalName"] = goal.Name;
        data["period"] = verdict.Period.ToString();
        data["from"] = verdict.From.ToString("uuuu-MM-dd", null);
        data["to"] = verdict.To.ToString("uuuu-MM-dd", null);
        data["state"] = VerdictStates.ToText(verdict.State);
        data["target"] = verdict.Target;
        data["actual"] = verdict.Actual;
        var parties = goal.IsShared ? agreement.Parties.Select(p => p.Id) : [goal.Owner];
        return parties.Select(party => Of(agreement, party, type, subject, text, data, at)).ToList();
    }

    /// <summary>The notices that <paramref name="findings"/> flag the agreement for renegotiation: one per party, to every contact.</summary>
    public static IReadOnlyList<AgreementNotice> ForFlag(Agreement agreement, int version, IReadOnlyList<CancellationFinding> findings, Instant at)
    {
        var subject = $"Up for renegotiation: {agreement.Title}";
        var text = $"{subject}. {string.Join(" ", findings.Select(f => Capital(f.Describe()) + "."))}{(agreement.Cancellation.Description is { } d ? " " + d : "")}";
        var data = Data(agreement, version);
        data["conditions"] = new JsonArray(findings.Select(f => (JsonNode)new JsonObject
        {
            ["condition"] = f.Condition.Describe(),
            ["evidence"] = new JsonArray(f.Evidence.Select(v => (JsonNode)new JsonObject { ["goalId"] = v.GoalId, ["period"] = v.Period.ToString() }).ToArray()),
        }).ToArray());
        return agreement.Parties.Select(p => Of(agreement, p.Id, "agreement.flagged", subject, text, data, at)).ToList();
    }

    /// <summary>A notice of <paramref name="type"/> for <paramref name="party"/>'s contacts, with <paramref name="data"/> as its webhook data.</summary>
    public static AgreementNotice Of(Agreement agreement, string party, string type, string subject, string text, JsonObject data, Instant at) =>
        new(type, party, Contact.EmailsOf(agreement.Contacts, party), subject, text,
            NoticeBody.Json(type, at, text, (JsonObject)data.DeepClone()));

    /// <summary>The data every agreement notice carries: the agreement's id, title and version.</summary>
    public static JsonObject Data(Agreement agreement, int version) => new()
    {
        ["agreementId"] = agreement.Id,
        ["agreementTitle"] = agreement.Title,
        ["agreementVersion"] = version,
    };

    private static string Remedy(Agreement agreement) => agreement.Consequences.Strikes is { } rule
        ? $"{rule.DiagnosedBy} diagnoses, {rule.FixedBy} fixes."
        : agreement.Consequences.Remediation ?? "see the agreement's remediation plan.";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Number(decimal value) => value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
}
