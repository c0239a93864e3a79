using Microsoft.AspNetCore.Localization;

namespace Pactum.Server.Infrastructure;

/// <summary>The language picker: remembers the chosen culture in a cookie and goes back to the page.</summary>
internal static class CultureEndpoints
{
    public static void MapCultureEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/culture", (HttpContext context) =>
        {
            var form = context.Request.Form;
            var culture = form["culture"].ToString();
            if (PactumApp.Cultures.Contains(culture, StringComparer.Ordinal))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            }

            var returnUrl = form["returnUrl"].ToString();
            return Results.LocalRedirect(Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') ? returnUrl : "/");
        }).DisableAntiforgery().ExcludeFromDescription();
}
