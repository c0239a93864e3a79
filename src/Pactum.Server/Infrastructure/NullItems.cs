namespace Pactum.Server.Infrastructure;

/// <summary>
/// The <c>null</c> items of a JSON list a client sent (<c>[null, {…}]</c>): the binder lets them through as nulls, and
/// each is the client's mistake, named by its position.
/// </summary>
internal static class NullItems
{
    /// <summary>One problem for each null item of <paramref name="items"/>: <c>[i]: is null; expected <paramref name="expected"/></c>.</summary>
    public static IEnumerable<string> Of<T>(IEnumerable<T?> items, string expected) =>
        items.Select((item, i) => item is null ? $"[{i}]: is null; expected {expected}" : null).OfType<string>();
}
