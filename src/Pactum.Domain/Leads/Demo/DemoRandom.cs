namespace Pactum.Domain.Leads.Demo;

/// <summary>
/// The demo's own pseudo-random numbers (SplitMix64), so a seed gives the same history on every runtime:
/// <see cref="System.Random"/>'s algorithm may change between .NET versions. Only integer arithmetic and the exact
/// double operations (+, −, ×, ÷, comparison) are used, which IEEE 754 makes the same on every platform.
/// </summary>
internal sealed class DemoRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    private DemoRandom(ulong state) => _state = state;

    /// <summary>An independent stream for one purpose (a lead's number, or 0 for arrivals) under a seed.</summary>
    public static DemoRandom For(int seed, long stream) => new(Mix(((ulong)(uint)seed * Golden) ^ Mix((ulong)stream + Golden)));

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        _state += Golden;
        return Mix(_state);
    }

    /// <summary>A number in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], both included.</summary>
    public int Between(int min, int max) => min + (int)(NextBits() % (ulong)(max - min + 1));

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>One of <paramref name="items"/>, each equally likely.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    /// <summary>One of <paramref name="items"/>, each as likely as its weight says (weights need not add up to 1).</summary>
    public T Pick<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var target = NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            target -= weight;
            if (target < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
