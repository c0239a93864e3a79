namespace Pactum.Domain.Agreements;

/// <summary>How an <see cref="AgreementKind"/> is written in agreement files: <c>customer</c>, <c>internal</c>, <c>multi-level</c>.</summary>
public static class AgreementKindText
{
    /// <summary>The word a file uses for <paramref name="kind"/>, e.g. <c>multi-level</c> for <see cref="AgreementKind.MultiLevel"/>.</summary>
    public static string ToFileText(this AgreementKind kind) => AgreementText.Kinds.TextOf(kind);

    /// <summary>The kind <paramref name="text"/> names (any case, surrounding blanks ignored); false when it names none.</summary>
    public static bool TryParse(string? text, out AgreementKind kind) => AgreementText.Kinds.TryParse(text, out kind);
}
