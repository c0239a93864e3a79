namespace Pactum.Domain.Tests.Agreements;

/// <summary>Files of the repository (samples, schemas), found by walking up from the test output to the folder holding Pactum.slnx.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository's root folder.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The text of the file at <paramref name="relativePath"/> (with '/' separators) below the root.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>The agreement samples' file names, sorted.</summary>
    public static IReadOnlyList<string> AgreementSamples() =>
        Directory.GetFiles(Path.Combine(Root, "samples", "agreements"), "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>The text of the agreement sample <paramref name="fileName"/>.</summary>
    public static string AgreementSample(string fileName) => Read($"samples/agreements/{fileName}");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pactum.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Pactum.slnx.");
    }
}
