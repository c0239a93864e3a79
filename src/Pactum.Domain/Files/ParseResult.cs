namespace Pactum.Domain.Files;

/// <summary>
/// The outcome of reading a user's file: a value when the file is valid, otherwise every error found
/// (never only the first), so the user can fix them all in one pass.
/// </summary>
/// <typeparam name="T">What the file describes.</typeparam>
public sealed class ParseResult<T>
    where T : class
{
    private ParseResult(T? value, IReadOnlyList<FileError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value; <see langword="null"/> exactly when <see cref="Errors"/> is non-empty.</summary>
    public T? Value { get; }

    /// <summary>Every error found, in file order.</summary>
    public IReadOnlyList<FileError> Errors { get; }

    /// <summary>True when the file was valid.</summary>
    public bool IsValid => Value is not null;

    /// <summary>A valid result.</summary>
    public static ParseResult<T> Ok(T value) => new(value, []);

    /// <summary>An invalid result; at least one error is required.</summary>
    public static ParseResult<T> Fail(IReadOnlyList<FileError> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));
        }

        return new(null, errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList());
    }

    /// <summary>Valid when <paramref name="errors"/> is empty and <paramref name="value"/> was built; otherwise failed.</summary>
    public static ParseResult<T> From(T? value, FileErrors errors) =>
        errors.Count == 0 && value is not null ? Ok(value) : Fail(errors.Count == 0 ? [new FileError(errors.File, 0, 0, "", "the file describes nothing")] : errors.All);
}
