using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Pactum.Server.Infrastructure;

/// <summary>
/// The language picker: remembers the chosen culture in a cookie and goes back to the page. A body that is not a form,
/// an unknown culture or a return address that is not a path of this site changes nothing and goes home.
/// </summary>
internal static class CultureEndpoints
{
    public static void MapCultureEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/culture", (HttpContext context, [FromForm] string? culture, [FromForm] string? returnUrl) =>
        {
            if (PactumApp.Cultures.Contains(culture ?? "", StringComparer.Ordinal))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            }

            return Results.LocalRedirect(IsPathOfThisSite(returnUrl) ? returnUrl! : "/");
        }).DisableAntiforgery().ExcludeFromDescription();

    /// <summary>
    /// Whether <paramref name="url"/> is a path on this site: it starts with one <c>/</c> (not <c>//host</c> or
    /// <c>/\host</c>, which browsers take as another site) and holds no control characters or spaces.
    /// </summary>
    internal static bool IsPathOfThisSite(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\')) && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
        && Uri.IsWellFormedUriString(url, UriKind.Relative);
}
