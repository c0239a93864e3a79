using YamlDotNet.RepresentationModel;

namespace Pactum.Domain.Files;

/// <summary>Collects the errors found while reading one file.</summary>
public sealed class FileErrors
{
    private readonly List<FileError> _errors = [];

    /// <summary>Starts an empty collection for <paramref name="file"/>.</summary>
    public FileErrors(string file) => File = file;

    /// <summary>The file name every error names.</summary>
    public string File { get; }

    /// <summary>How many errors were found so far.</summary>
    public int Count => _errors.Count;

    /// <summary>The errors found so far.</summary>
    public IReadOnlyList<FileError> All => _errors;

    /// <summary>Records an error at <paramref name="node"/>'s position (or the file itself when it is null).</summary>
    public void Add(YamlNode? node, string field, string message) =>
        _errors.Add(new FileError(File, node is null ? 0 : (int)node.Start.Line, node is null ? 0 : (int)node.Start.Column, field, message));

    /// <summary>Records an error at an explicit line (for line-based files such as CSV).</summary>
    public void AddAt(int line, string field, string message) => AddAt(line, 0, field, message);

    /// <summary>Records an error at an explicit line and column (0 when the problem concerns the whole file).</summary>
    public void AddAt(int line, int column, string field, string message) => _errors.Add(new FileError(File, line, column, field, message));
}
