using Microsoft.AspNetCore.Localization;

namespace Pactum.Server.Infrastructure;

/// <summary>
/// The language picker: remembers the chosen culture in a cookie and goes back to the page. A body that is not a form,
/// an unknown culture or a return address that is not a path of this site changes nothing and goes home.
/// </summary>
internal static class CultureEndpoints
{
    public static void MapCultureEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/culture", async (HttpContext context) =>
        {
            var form = (await FormBody.ReadAsync(context.Request)).Form ?? FormCollection.Empty;
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
