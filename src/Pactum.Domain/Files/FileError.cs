namespace Pactum.Domain.Files;

/// <summary>
/// One problem found in a file a user wrote (an agreement, a calendar, a CSV): where it is and what is wrong.
/// </summary>
/// <param name="File">The file name as the user gave it (or a label such as "upload").</param>
/// <param name="Line">1-based line of the offending node; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column of the offending node; 0 when unknown.</param>
/// <param name="Field">The dotted path of the field, e.g. <c>hours.monday[1]</c>; empty for the whole file.</param>
/// <param name="Message">What was expected, in plain words.</param>
public sealed record FileError(string File, int Line, int Column, string Field, string Message)
{
    /// <summary>Formats as <c>file:line:column: field: message</c>, the form compilers use, so editors can jump to it.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        return string.IsNullOrEmpty(Field) ? $"{where}: {Message}" : $"{where}: {Field}: {Message}";
    }
}
