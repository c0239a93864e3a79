using Microsoft.Net.Http.Headers;

namespace Pactum.Server.Infrastructure;

/// <summary>
/// The headers every answer carries so that a browser narrows what a page may do: a Content-Security-Policy that runs
/// only this site's own script files (no inline script, no eval), loads nothing from elsewhere, posts forms only here and
/// lets no other site frame the pages; no content-type sniffing; and a referrer only within the site.
/// </summary>
/// <remarks>
/// Styles may be inline (<c>'unsafe-inline'</c> for <c>style-src</c> only): the chart library sizes its canvases with
/// style attributes. Images may be <c>data:</c> and <c>blob:</c> URLs: charts are saved as PNG through them.
/// </remarks>
internal static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy of every answer.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every answer, errors included.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers[HeaderNames.XFrameOptions] = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return next(context);
        });
}
