using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Pactum.Server.Infrastructure;

/// <summary>
/// A request body the API cannot read (malformed JSON, a list where a value belongs) is answered with HTTP 400 and a
/// problem that says where and what — the JSON path, line and position — instead of a bare "Bad Request".
/// </summary>
internal sealed class BadRequestProblem(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        var detail = bad.InnerException is JsonException json ? $"The body is not valid JSON for this endpoint: {Describe(json)}" : bad.Message;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = "The request could not be read.", Detail = detail },
        });
    }

    /// <summary>The JSON error with its path, when the message does not already hold it.</summary>
    private static string Describe(JsonException json) =>
        json.Path is { Length: > 0 } path && !json.Message.Contains(path, StringComparison.Ordinal) ? $"{json.Message} (at {path})" : json.Message;
}
