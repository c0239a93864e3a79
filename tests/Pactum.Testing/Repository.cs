namespace Pactum.Testing;

/// <summary>The repository folder (the one holding Pactum.slnx), for the sample files.</summary>
public static class Repository
{
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Pactum.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("Pactum.slnx not found above the test folder.");
    }
}
