namespace Pactum.Cli;

/// <summary>Reads a file a verb was given, turning a missing or unreadable file into a clear error.</summary>
public static class InputFile
{
    /// <summary>The text of <paramref name="path"/>, or null with "<paramref name="label"/>: …" added to <paramref name="errors"/>.</summary>
    public static string? Read(string path, string label, List<string> errors)
    {
        try
        {
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }

            errors.Add($"{label}: no file '{path}'");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{label}: cannot read '{path}': {ex.Message}");
        }

        return null;
    }
}
