namespace Pactum.Server.Pages.Calculators;

/// <summary>Reads the repeated rows of a form (tiers, credit tiers), where each column arrives as its own list.</summary>
public static class FormRows
{
    /// <summary>The value of a row's field; empty past the rows given.</summary>
    public static string? At(List<string?> values, int index) => index < values.Count ? values[index] : null;

    /// <summary>The indexes of the rows in which any of <paramref name="columns"/> holds something.</summary>
    public static IEnumerable<int> Filled(params List<string?>[] columns) =>
        Enumerable.Range(0, columns.Max(c => c.Count)).Where(i => columns.Any(c => !string.IsNullOrWhiteSpace(At(c, i))));
}
