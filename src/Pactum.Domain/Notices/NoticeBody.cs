using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace Pactum.Domain.Notices;

/// <summary>
/// The webhook body every notice carries: the Standard Webhooks shape (<c>type</c>, <c>timestamp</c>, <c>data</c>) with
/// a <c>text</c> field besides, which chat tools' incoming webhooks (Slack, Mattermost, Teams workflows, Google Chat)
/// post as the message.
/// </summary>
public static class NoticeBody
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>The body for a notice of <paramref name="type"/> at <paramref name="at"/>, as compact JSON.</summary>
    public static string Json(string type, Instant at, string text, JsonObject data) => new JsonObject
    {
        ["type"] = type,
        ["timestamp"] = InstantPattern.General.Format(at),
        ["text"] = text,
        ["data"] = data,
    }.ToJsonString(Compact);
}
