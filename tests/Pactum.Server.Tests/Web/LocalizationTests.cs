using System.Resources;
using System.Text.RegularExpressions;
using Pactum.Testing;

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

    private static string PagesFolder() => Path.Combine(Repository.Root(), "src", "Pactum.Server", "Pages");

    [GeneratedRegex("""L\["([A-Za-z0-9.\-]+)"[\],]""")]
    private static partial Regex KeyPattern();
}
