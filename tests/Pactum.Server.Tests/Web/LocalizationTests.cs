using System.Resources;
using System.Text.RegularExpressions;

namespace Pactum.Server.Tests.Web;

/// <summary>Every interface text a page asks for exists in the English resources, so no page shows a bare key.</summary>
public sealed partial class LocalizationTests
{
    [Fact]
    public void Pages_EveryLocalizedKey_HasAnEnglishText()
    {
        var resources = new ResourceManager("Pactum.Server.Resources.SharedResource", typeof(PactumApp).Assembly);
        var pages = Directory.EnumerateFiles(PagesFolder(), "*.cshtml", SearchOption.AllDirectories).ToList();

        var missing = pages
            .SelectMany(page => KeyPattern().Matches(File.ReadAllText(page)).Select(m => (Page: Path.GetFileName(page), Key: m.Groups[1].Value)))
            .Where(use => resources.GetString(use.Key, System.Globalization.CultureInfo.InvariantCulture) is null)
            .Select(use => $"{use.Page}: {use.Key}")
            .Distinct()
            .ToList();

        Assert.NotEmpty(pages);
        Assert.Empty(missing);
    }

    private static string PagesFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Pactum.slnx")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("Pactum.slnx not found above the test folder."), "src", "Pactum.Server", "Pages");
    }

    [GeneratedRegex("""L\["([A-Za-z0-9.\-]+)"[\],]""")]
    private static partial Regex KeyPattern();
}
