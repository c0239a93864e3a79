namespace Pactum.Domain.Agreements;

/// <summary>One line of a side-by-side section: what it is, and the figures or words that go with it.</summary>
/// <param name="Label">The item, e.g. a goal's name ("Qualified leads") or a contact's name.</param>
/// <param name="Detail">Its detail, e.g. "100 leads per month (derived: ⌈⌈5000 × 1 ÷ 100⌉ ÷ 0.5⌉)", or null.</param>
public sealed record SideBySideItem(string Label, string? Detail);
