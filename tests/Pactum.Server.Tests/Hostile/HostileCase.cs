using Pactum.Testing;

namespace Pactum.Server.Tests.Hostile;

/// <summary>
/// One hostile request to one route: a name for reports, the method and address, and its body. Page posts carry the
/// antiforgery token the test got from the server (<see cref="Content"/> receives it), so they reach the handler.
/// </summary>
internal sealed record HostileCase(string Name, HttpMethod Method, string Url, Func<string, HttpContent?> Content)
{
    /// <summary>How many generated strings join the curated corpus for each path segment and field.</summary>
    private const int GeneratedPerField = 4;

    /// <summary>Fields every route reads: the language switch of request localization, and a field nobody expects.</summary>
    private static readonly string[] EveryRouteFields = ["culture", "ui-culture", "unexpected"];

    /// <summary>Every case for <paramref name="route"/>: hostile path segments, fields and bodies.</summary>
    public static IEnumerable<HostileCase> For(RouteUnderTest route)
    {
        var method = new HttpMethod(route.Method);
        var segments = HostileText.All(GeneratedPerField).ToList();
        var handler = route.Handler.Length > 0 ? $"handler={route.Handler}" : "";
        foreach (var parameter in route.RouteParameters)
        {
            foreach (var (name, value) in segments)
            {
                var path = route.PathWith(p => p.Name == parameter.Name ? value : null);
                yield return new HostileCase($"{parameter.Name} = {name}", method, Address(path, handler), token => Body(route, token, []));
            }
        }

        var good = route.PathWith();
        foreach (var field in route.Fields.Concat(EveryRouteFields))
        {
            var everyRoute = EveryRouteFields.Contains(field);
            foreach (var (name, value) in everyRoute ? HostileText.Core.Take(4) : HostileText.ForField(field, GeneratedPerField))
            {
                var pair = new KeyValuePair<string, string>(field, value);
                yield return route.SendsForm && route.TakesBody && !everyRoute
                    ? new HostileCase($"{field} = {name}", method, Address(good, handler), token => Body(route, token, [pair]))
                    : new HostileCase($"{field} = {name}", method, Address(good, handler, $"{Uri.EscapeDataString(field)}={RouteUnderTest.EscapeSegment(value)}"), token => Body(route, token, []));
            }
        }

        if (!route.TakesBody)
        {
            yield break;
        }

        if (route.IsPage)
        {
            yield return new HostileCase("no antiforgery token", method, Address(good, handler), _ => new FormUrlEncodedContent([]));
            foreach (var body in HostileBody.Corpus().Where(b => b.Name.EndsWith("as a form file", StringComparison.Ordinal)))
            {
                yield return new HostileCase(body.Name, method, Address(good, handler), token => WithToken(body.Content(), token));
            }

            yield break;
        }

        var bodies = HostileBody.Corpus();
        if (route.Body is { } type)
        {
            bodies = bodies.Concat(HostileBody.Shaped(type, HostileText.Core));
        }

        foreach (var body in bodies)
        {
            yield return new HostileCase(body.Name, method, Address(good, handler), _ => body.Content());
        }
    }

    private static string Address(string path, params string[] query)
    {
        var parts = query.Where(q => q.Length > 0).ToList();
        return parts.Count == 0 ? path : $"{path}?{string.Join('&', parts)}";
    }

    /// <summary>The body of a case that varies the path or a field: a page's form with the token, nothing for the API.</summary>
    private static HttpContent? Body(RouteUnderTest route, string token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        if (!route.TakesBody)
        {
            return null;
        }

        if (!route.SendsForm)
        {
            return null;
        }

        var pairs = fields.ToList();
        pairs.Add(new("__RequestVerificationToken", token));
        return new FormUrlEncodedContent(pairs);
    }

    private static HttpContent WithToken(HttpContent content, string token)
    {
        if (content is MultipartFormDataContent form)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        return content;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Url[..Math.Min(Url.Length, 120)]} [{Name}]";
}
