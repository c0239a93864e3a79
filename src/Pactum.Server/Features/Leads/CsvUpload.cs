using Pactum.Server.Infrastructure;

namespace Pactum.Server.Features.Leads;

/// <summary>A CSV file sent to the API: as the request body (text/csv) or as the <c>file</c> field of a form.</summary>
public sealed record CsvUpload(string? Text, string FileName, string? Error)
{
    /// <summary>The largest file the API takes in one request (larger files: use <c>pactum import events</c>).</summary>
    public const long MaxBytes = 200L * 1024 * 1024;

    public static async Task<CsvUpload> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBytes)
        {
            return new CsvUpload(null, "", $"the file is larger than {MaxBytes / 1024 / 1024} MB; import it with 'pactum import events'");
        }

        if (request.HasFormContentType)
        {
            var form = await FormBody.ReadAsync(request);
            if (form.Error is { } formError)
            {
                return new CsvUpload(null, "", formError);
            }

            var file = form.Form!.Files.GetFile("file");
            if (file is null || file.Length == 0)
            {
                return new CsvUpload(null, "", "choose a CSV file (form field 'file')");
            }

            using var reader = new StreamReader(file.OpenReadStream());
            return new CsvUpload(await reader.ReadToEndAsync(), file.FileName, null);
        }

        using var body = new StreamReader(request.Body);
        var text = await body.ReadToEndAsync();
        return string.IsNullOrWhiteSpace(text) ? new CsvUpload(null, "", "the body is empty: send the CSV text (text/csv)") : new CsvUpload(text, "upload.csv", null);
    }
}
