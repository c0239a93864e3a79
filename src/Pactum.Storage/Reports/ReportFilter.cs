namespace Pactum.Storage.Reports;

/// <summary>Which leads a report counts: any of owner, source and persona may be left out (all leads).</summary>
public sealed record ReportFilter(string? Owner = null, string? Source = null, string? Persona = null)
{
    /// <summary>Every lead.</summary>
    public static readonly ReportFilter All = new();

    /// <summary>The filter the user wrote: blank values are left out, the others trimmed.</summary>
    public static ReportFilter Of(string? owner, string? source, string? persona) => new(Clean(owner), Clean(source), Clean(persona));

    /// <summary>Whether no filter is set.</summary>
    public bool IsAll => string.IsNullOrEmpty(Owner) && string.IsNullOrEmpty(Source) && string.IsNullOrEmpty(Persona);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
