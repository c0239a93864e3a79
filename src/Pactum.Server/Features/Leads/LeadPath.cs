using Microsoft.AspNetCore.Http.Features;

namespace Pactum.Server.Features.Leads;

/// <summary>
/// How a lead is addressed in a URL, for every id that can be stored. The id is one path segment, percent-encoded with
/// <see cref="Uri.EscapeDataString(string)"/> (a <c>/</c> as <c>%2F</c>, a <c>%</c> as <c>%25</c>):
/// <c>/leads/a%2Fb</c>, <c>/api/leads/a%2Fb/clocks</c>. The ids <c>.</c> and <c>..</c> cannot be path segments (browsers,
/// HTTP clients and the server remove them, encoded or not), so they travel in the query under a placeholder segment:
/// <c>/leads/_?id=..</c>; any lead may be addressed so, and an <c>id</c> in the query names the lead whatever the path says.
/// </summary>
/// <remarks>
/// The server decodes the request path except <c>%2F</c>, but it does decode <c>%25</c>: from the decoded path, the ids
/// <c>a/b</c> (sent <c>a%2Fb</c>) and <c>a%2Fb</c> (sent <c>a%252Fb</c>) look the same. <see cref="IdOf"/> therefore
/// reads the id from the request target as the client sent it.
/// </remarks>
public static class LeadPath
{
    /// <summary>How the API describes addressing a lead (OpenAPI).</summary>
    public const string Addressing = "id: the lead ID as one path segment, percent-encoded (a/b as a%2Fb, a%2Fb as a%252Fb). The IDs . and .. go in the query under the segment _: /api/leads/_?id=.. (an id in the query names the lead whatever the path says).";

    /// <summary>The path segment standing for a lead whose id is in the query.</summary>
    public const string QuerySegment = "_";

    /// <summary>The lead's page, with an optional <paramref name="query"/> (<c>name=value</c> pairs, already escaped).</summary>
    public static string Page(string leadId, string? query = null) => At("/leads/", leadId, "", query);

    /// <summary>The lead in the API, or its sub-resource <paramref name="rest"/> (<c>/clocks</c>, <c>/score</c>, <c>/nurture</c>).</summary>
    public static string Api(string leadId, string rest = "") => At("/api/leads/", leadId, rest, query: null);

    /// <summary>
    /// The id of the lead a request addresses: the <c>id</c> query value when given, else the route's <c>{id}</c> segment
    /// decoded from the request target as sent. <paramref name="routeValue"/> (what routing decoded) is the answer when
    /// the target cannot be matched to the route. A page receives a blank segment as null, read as an empty id (no lead).
    /// </summary>
    public static string IdOf(HttpContext context, string? routeValue)
    {
        routeValue ??= "";
        if (context.Request.Query["id"] is { Count: 1 } query && !string.IsNullOrEmpty(query[0]))
        {
            return query[0]!;
        }

        var sent = SentSegment(context);
        return sent is not null && SameUpToSlashes(sent, routeValue) ? sent : routeValue;
    }

    private static string At(string prefix, string leadId, string rest, string? query)
    {
        var segment = Uri.EscapeDataString(leadId);
        return segment is "." or ".."
            ? $"{prefix}{QuerySegment}{rest}?id={segment}{(query is null ? "" : "&" + query)}"
            : $"{prefix}{segment}{rest}{(query is null ? "" : "?" + query)}";
    }

    /// <summary>The decoded segment of the request target where the matched route has <c>{id}</c>, counted from the end.</summary>
    private static string? SentSegment(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (target is null || (context.GetEndpoint() as RouteEndpoint)?.RoutePattern is not { } pattern)
        {
            return null;
        }

        var idAt = pattern.PathSegments.ToList().FindIndex(s => s.Parts.Any(p => p is Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "id" }));
        var path = target.Split('?', 2)[0];
        path = path.Length > 1 ? path.TrimEnd('/') : path;
        var segments = path.Split('/');
        var fromEnd = pattern.PathSegments.Count - idAt;
        return idAt < 0 || segments.Length <= fromEnd ? null : Uri.UnescapeDataString(segments[^fromEnd]);
    }

    /// <summary>Whether routing's value and the sent segment differ only in slashes routing left as <c>%2F</c>.</summary>
    private static bool SameUpToSlashes(string sent, string routeValue) =>
        string.Equals(sent.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase), routeValue.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase), StringComparison.Ordinal);
}
