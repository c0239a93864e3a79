using System.Text.Json.Nodes;
using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Leads;
using Pactum.Domain.Notices;

namespace Pactum.Domain.Scoring;

/// <summary>
/// The notice of a hand-off Pactum made (SPEC L5): told to the receiving party's points of contact and to the webhook
/// endpoints that hear that party (a CRM's, signed like every notice), with the facts the agreement says travel with
/// the lead.
/// </summary>
public static class HandOffNotice
{
    /// <summary>The notice type: <c>lead.handed_off</c>.</summary>
    public const string Type = "lead.handed_off";

    /// <summary>The facts a hand-off can carry, as <c>handOff.carry</c> names them.</summary>
    public static IReadOnlyList<string> Facts { get; } = ["source", "asset", "persona", "score", "grade", "role", "seniority", "buyingRole", "employees", "region"];

    /// <summary>
    /// The party that receives hand-offs: the party of the agreement's first-touch clock, or else the second party
    /// (the first is the one handing off).
    /// </summary>
    public static string ReceivingParty(Agreement agreement) =>
        agreement.Clocks.FirstOrDefault(c => c.Kind == Clocks.ClockKind.FirstTouch)?.Party ?? agreement.Parties[Math.Min(1, agreement.Parties.Count - 1)].Id;

    /// <summary>The notice of lead <paramref name="leadId"/> handed off at <paramref name="at"/> to <paramref name="owner"/>.</summary>
    public static AgreementNotice Of(Agreement agreement, int version, string leadId, Instant at, string? owner, string reason, LeadScore? score, Lead? lead, LeadProfile profile)
    {
        var carried = new JsonObject();
        foreach (var fact in agreement.HandOff?.Carry ?? [])
        {
            carried[fact] = Fact(fact, score, lead, profile);
        }

        var data = AgreementNotice.Data(agreement, version);
        data["leadId"] = leadId;
        data["owner"] = owner;
        data["handedOffAt"] = NodaTime.Text.InstantPattern.General.Format(at);
        data["reason"] = reason;
        data["lead"] = carried;
        var to = owner is null ? "no rep yet" : owner;
        var text = $"Lead {leadId} handed off to {to}: {reason}.";
        return AgreementNotice.Of(agreement, ReceivingParty(agreement), Type, $"Lead {leadId} handed off to {to}", text, data, at);
    }

    private static JsonNode? Fact(string fact, LeadScore? score, Lead? lead, LeadProfile profile) => fact switch
    {
        "source" => lead?.Source,
        "asset" => lead?.Asset,
        "persona" => profile.Persona,
        "score" => score is null ? null : JsonValue.Create(score.Total),
        "grade" => score?.Grade,
        "role" => profile.Role,
        "seniority" => profile.Seniority,
        "buyingRole" => profile.BuyingRole,
        "employees" => profile.Employees is { } n ? JsonValue.Create(n) : null,
        "region" => profile.Region,
        _ => null,
    };
}
