namespace Pactum.Server.Infrastructure;

/// <summary>
/// Refuses a state-changing request (POST, PUT, PATCH, DELETE) that a browser says comes from another site: its
/// <c>Sec-Fetch-Site</c> is anything but <c>same-origin</c> or <c>none</c> (a typed address or a bookmark), or, from a
/// browser that does not send it, its <c>Origin</c> is neither this request's own origin nor the public address's. A
/// "simple" cross-site form or <c>text/plain</c> post — which a browser sends without asking first — is therefore
/// answered 403 before any endpoint reads it. Programs that call the API send neither header and are not affected.
/// </summary>
internal static class CrossSiteGuard
{
    private static readonly string[] SafeMethods = ["GET", "HEAD", "OPTIONS", "TRACE"];

    /// <summary>Adds the guard to the pipeline.</summary>
    public static IApplicationBuilder UseCrossSiteGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (FromAnotherSite(context) is { } why)
            {
                await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Requests from other sites are refused.", detail: why).ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    /// <summary>Why the request counts as coming from another site, or null when it does not (or changes nothing).</summary>
    internal static string? FromAnotherSite(HttpContext context)
    {
        var request = context.Request;
        if (SafeMethods.Contains(request.Method, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none" ? null : $"the browser says this request comes from a page of another site (Sec-Fetch-Site: {site})";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return null;
        }

        var own = $"{request.Scheme}://{request.Host}";
        var publicOrigin = context.RequestServices.GetService<PublicAddress>()?.BaseUrl.GetLeftPart(UriPartial.Authority);
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) || string.Equals(origin, publicOrigin, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"the request comes from {origin}, not from this site";
    }
}
