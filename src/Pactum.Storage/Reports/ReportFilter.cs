namespace Pactum.Storage.Reports;

/// <summary>Which leads a report counts: any of owner, source and persona may be left out (all leads).</summary>
public sealed record ReportFilter(string? Owner = null, string? Source = null, string? Persona = null)
{
    /// <summary>Every lead.</summary>
    public static readonly ReportFilter All = new();

    /// <summary>Whether no filter is set.</summary>
    public bool IsAll => string.IsNullOrEmpty(Owner) && string.IsNullOrEmpty(Source) && string.IsNullOrEmpty(Persona);
}
