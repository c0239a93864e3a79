namespace Pactum.Cli;

/// <summary>
/// Where Pactum keeps its data: the folder named by the PACTUM_DATA environment variable, or else a "pactum" folder
/// in the user's local application data. The embedded SQLite database is <c>pactum.db</c> inside it.
/// </summary>
public static class DataFolder
{
    /// <summary>The data folder.</summary>
    public static string Path =>
        Environment.GetEnvironmentVariable("PACTUM_DATA") is { Length: > 0 } configured
            ? System.IO.Path.GetFullPath(configured)
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "pactum");

    /// <summary>The default database file (the server's).</summary>
    public static string DefaultDatabase => System.IO.Path.Combine(Path, "pactum.db");
}
