namespace Pactum.Domain.Leads.Demo;

/// <summary>
/// A buyer persona of the Company X agreement as the demo plays it: how likely a rep
/// reaches one on an attempt, how likely a connected one is qualified, and the lowest MQL score it gets.
/// </summary>
internal sealed record DemoPersona(string Name, double ConnectChance, double QualifyChance, int MinScore);
