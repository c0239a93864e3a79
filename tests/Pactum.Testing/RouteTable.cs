using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Pactum.Server;

namespace Pactum.Testing;

/// <summary>
/// Every endpoint the server maps — API routes and page handlers — read from the application's own route table, so a
/// suite that walks it covers a new endpoint without anyone adding it by hand. Static files and the OpenAPI UI are
/// left out (they take no input of ours).
/// </summary>
public static class RouteTable
{
    private static readonly Lazy<IReadOnlyList<RouteUnderTest>> All = new(Read);

    /// <summary>The routes, in a stable order (pattern, then method, then handler).</summary>
    public static IReadOnlyList<RouteUnderTest> Routes => All.Value;

    /// <summary>One route by its <see cref="RouteUnderTest.Key"/>.</summary>
    public static RouteUnderTest Find(string key) =>
        Routes.FirstOrDefault(r => r.Key == key) ?? throw new ArgumentException($"No route {key} in the route table.", nameof(key));

    private static IReadOnlyList<RouteUnderTest> Read()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pactum-routes-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var app = PactumApp.Build(new PactumServerOptions { DatabasePath = Path.Combine(folder, "routes.db"), BackgroundServices = false, Urls = "http://127.0.0.1:0" });
            var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
                .SelectMany(e => Describe(app.Services, e))
                .Where(r => !r.Pattern.StartsWith("/api/docs", StringComparison.Ordinal))
                .DistinctBy(r => r.Key)
                .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal).ThenBy(r => r.Handler, StringComparer.Ordinal)
                .ToList();
            ((IDisposable)app).Dispose();
            return routes;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<RouteUnderTest> Describe(IServiceProvider services, RouteEndpoint endpoint)
    {
        var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
        var routeParameters = endpoint.RoutePattern.Parameters.Select(RouteParameterOf).ToList();
        if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
        {
            return DescribePage(services, endpoint, page, pattern, routeParameters);
        }

        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
        var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
        if (handler is null || IsStaticFile(pattern, routeParameters))
        {
            return [];
        }

        var isService = services.GetRequiredService<Microsoft.Extensions.DependencyInjection.IServiceProviderIsService>();
        var query = new List<string>();
        var form = false;
        Type? body = null;
        foreach (var parameter in handler.GetParameters())
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (routeParameters.Any(p => p.Name.Equals(parameter.Name, StringComparison.OrdinalIgnoreCase)) || isService.IsService(parameter.ParameterType) || IsFrameworkType(type))
            {
                continue;
            }

            if (IsSimple(type))
            {
                query.Add(parameter.Name!);
                form |= parameter.GetCustomAttributes().Any(a => a.GetType().Name == "FromFormAttribute");
            }
            else
            {
                body = parameter.ParameterType;
            }
        }

        return methods.Select(m => new RouteUnderTest(m, pattern, "", routeParameters, query, body, IsPage: false, SendsForm: form));
    }

    private static IEnumerable<RouteUnderTest> DescribePage(IServiceProvider services, RouteEndpoint endpoint, PageActionDescriptor page, string pattern, List<RouteParameter> routeParameters)
    {
        var compiled = services.GetRequiredService<PageLoader>().LoadAsync(page, endpoint.Metadata).GetAwaiter().GetResult();
        var properties = compiled.BoundProperties.Select(p => p.BindingInfo?.BinderModelName ?? p.Name).ToList();
        foreach (var handler in compiled.HandlerMethods)
        {
            var names = properties.Concat(handler.Parameters.Select(p => p.BindingInfo?.BinderModelName ?? p.Name))
                .Where(n => !routeParameters.Any(r => r.Name.Equals(n, StringComparison.OrdinalIgnoreCase)))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            yield return new RouteUnderTest(handler.HttpMethod.ToUpperInvariant(), pattern, handler.Name ?? "", routeParameters, names, Body: null, IsPage: true, SendsForm: true);
        }
    }

    private static RouteParameter RouteParameterOf(RoutePatternParameterPart part) =>
        new(part.Name, part.ParameterPolicies.Select(p => p.Content ?? "").FirstOrDefault(c => c.Length > 0), part.IsCatchAll);

    /// <summary>A file served as it is (a stylesheet, a script, the schema): no parameters, and a file name with an extension.</summary>
    private static bool IsStaticFile(string pattern, List<RouteParameter> routeParameters) =>
        routeParameters.Count == 0 && pattern[(pattern.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal);

    private static bool IsFrameworkType(Type type) =>
        type == typeof(HttpContext) || type == typeof(HttpRequest) || type == typeof(HttpResponse) || type == typeof(CancellationToken) || type == typeof(IFormFile) || type == typeof(IFormCollection)
        || type.Namespace?.StartsWith("Microsoft.", StringComparison.Ordinal) == true;

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid) || type == typeof(DateTime) || type == typeof(DateTimeOffset);
}

/// <summary>A route's parameter: its name, its constraint (<c>long</c>) if any, and whether it is a catch-all.</summary>
public sealed record RouteParameter(string Name, string? Constraint, bool IsCatchAll);

/// <summary>
/// One endpoint to test: its HTTP method, route pattern, the page handler name (pages only), its route parameters, the
/// query (or form) fields it reads, for the API the type of its JSON body, and whether its fields come from a posted form.
/// </summary>
public sealed record RouteUnderTest(string Method, string Pattern, string Handler, IReadOnlyList<RouteParameter> RouteParameters, IReadOnlyList<string> Fields, Type? Body, bool IsPage, bool SendsForm)
{
    /// <summary>The route as one text: <c>POST /agreements/{id}/versions?handler=SignOff</c>.</summary>
    public string Key => $"{Method} {Pattern}{(Handler.Length > 0 ? "?handler=" + Handler : "")}";

    /// <summary>True when the route takes a request body (POST, PUT, PATCH).</summary>
    public bool TakesBody => Method is "POST" or "PUT" or "PATCH";

    /// <summary>
    /// The route's path with every parameter filled (escaped): by <paramref name="value"/> where it gives one, else by
    /// <see cref="DemoValue"/>.
    /// </summary>
    public string PathWith(Func<RouteParameter, string?>? value = null)
    {
        var path = Pattern;
        foreach (var parameter in RouteParameters)
        {
            var start = path.IndexOf('{', StringComparison.Ordinal);
            var end = path.IndexOf('}', start);
            path = path[..start] + EscapeSegment(value?.Invoke(parameter) ?? DemoValue(parameter)) + path[(end + 1)..];
        }

        return path;
    }

    /// <summary>A value of <paramref name="parameter"/> that exists in the demo company (so the other inputs reach the handler).</summary>
    public string DemoValue(RouteParameter parameter) => parameter switch
    {
        { Constraint: "long" or "int" } => "1",
        { Name: "documentName" } => "v1",
        { Name: "version" } => "1",
        _ when Pattern.Contains("lead", StringComparison.OrdinalIgnoreCase) => "L0000001",
        _ when Pattern.Contains("reps", StringComparison.Ordinal) => "hostile-rep",
        _ => "company-x-internal",
    };

    /// <summary>Escapes a value for a path segment or a query; a lone surrogate (which cannot be escaped) becomes the replacement character.</summary>
    public static string EscapeSegment(string value)
    {
        var clean = new System.Text.StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            clean.Append(rune.ToString());
        }

        return Uri.EscapeDataString(clean.ToString());
    }

    /// <inheritdoc />
    public override string ToString() => Key;
}
