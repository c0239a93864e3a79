namespace Pactum.Server.Infrastructure;

/// <summary>
/// A form body read without trusting it: a body that is not a form, a multipart body with no boundary, a truncated or
/// malformed one, or one past the form limits is the client's mistake, answered with what is wrong instead of an error
/// thrown from the middle of the framework's reader.
/// </summary>
internal sealed record FormBody(IFormCollection? Form, string? Error)
{
    /// <summary>Reads the request's form; <see cref="Error"/> says why it could not be read.</summary>
    public static async Task<FormBody> ReadAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return new FormBody(null, "the body is not a form (expected multipart/form-data or application/x-www-form-urlencoded)");
        }

        try
        {
            return new FormBody(await request.ReadFormAsync(), null);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or BadHttpRequestException)
        {
            return new FormBody(null, $"the form could not be read: {e.Message}");
        }
    }
}
