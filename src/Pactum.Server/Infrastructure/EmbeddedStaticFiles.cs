using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Pactum.Server.Infrastructure;

/// <summary>
/// Serves the files under wwwroot, which are embedded in this assembly (resource names <c>wwwroot/…</c>), so that any
/// host — the <c>pactum</c> command, a test, a published folder — serves the same files with no content root.
/// </summary>
internal static class EmbeddedStaticFiles
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapEmbeddedStaticFiles(this IEndpointRouteBuilder app)
    {
        var assembly = typeof(EmbeddedStaticFiles).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var route = name["wwwroot".Length..];
            app.MapGet(route, (HttpContext context) => Serve(context, assembly, name)).ExcludeFromDescription();
        }
    }

    private static IResult Serve(HttpContext context, Assembly assembly, string name)
    {
        if (!ContentTypes.TryGetContentType(name, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=3600";
        var stream = assembly.GetManifestResourceStream(name)!;
        return Results.Stream(stream, contentType);
    }
}
