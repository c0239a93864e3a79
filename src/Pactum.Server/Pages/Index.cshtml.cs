using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pactum.Domain.Files;
using Pactum.Server.Features.Agreements;
using Pactum.Storage.Agreements;

namespace Pactum.Server.Pages;

/// <summary>The agreements list, with the upload form (validated with the same errors as the API and CLI).</summary>
public sealed class IndexModel(AgreementCatalog catalog) : PageModel
{
    public IReadOnlyList<StoredAgreement> Agreements { get; private set; } = [];

    public IReadOnlyList<FileError> Errors { get; private set; } = [];

    [TempData]
    public string? Stored { get; set; }

    [BindProperty]
    public string? Yaml { get; set; }

    public void OnGet() => Agreements = catalog.Latest();

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        var fileName = file?.FileName ?? "pasted.yaml";
        var text = Yaml;
        if (file is { Length: > 0 })
        {
            using var reader = new StreamReader(file.OpenReadStream());
            text = await reader.ReadToEndAsync();
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Errors = [new FileError(fileName, 0, 0, "", "choose a YAML file or paste the agreement's text")];
            Agreements = catalog.Latest();
            return Page();
        }

        var upload = catalog.Upload(text, fileName, "web");
        if (upload.Stored is null)
        {
            Errors = upload.Errors;
            Agreements = catalog.Latest();
            return Page();
        }

        Stored = $"{upload.Stored.Title}|{upload.Stored.Version}|{upload.Created}";
        return RedirectToPage("/Agreements/Show", new { id = upload.Stored.Id });
    }
}
