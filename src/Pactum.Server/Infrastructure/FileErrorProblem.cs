using Microsoft.AspNetCore.Http.HttpResults;
using Pactum.Domain.Files;

namespace Pactum.Server.Infrastructure;

/// <summary>Turns the errors found in a user's file into one HTTP 400 problem that lists each with line and field.</summary>
internal static class FileErrorProblem
{
    public static ProblemHttpResult For(string title, IReadOnlyList<FileError> errors) =>
        TypedResults.Problem(
            title: title,
            detail: string.Join(Environment.NewLine, errors.Select(e => e.ToString())),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.Select(e => new { e.File, e.Line, e.Column, e.Field, e.Message }).ToList(),
            });

    public static ProblemHttpResult For(string title, params IEnumerable<string> messages) =>
        TypedResults.Problem(
            title: title,
            detail: string.Join(Environment.NewLine, messages),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = messages.Select(m => new { Message = m }).ToList() });
}
