using NodaTime;

namespace Pactum.Domain.Calendars;

/// <summary>
/// The answer to "when will this much business time have elapsed?": an instant, or <see cref="Unreachable"/> when
/// the calendar never opens (no weekly hours, or closed for good), which is a state, never an endless search.
/// </summary>
public readonly record struct BusinessDue
{
    private readonly Instant _instant;

    private BusinessDue(Instant instant, bool reachable)
    {
        _instant = instant;
        IsReachable = reachable;
    }

    /// <summary>The calendar never provides the business time asked for.</summary>
    public static BusinessDue Unreachable => default;

    /// <summary>Whether there is a due instant.</summary>
    public bool IsReachable { get; }

    /// <summary>The due instant; throws <see cref="InvalidOperationException"/> when unreachable.</summary>
    public Instant Instant => IsReachable ? _instant : throw new InvalidOperationException("The deadline is unreachable: the calendar never opens.");

    /// <summary>A reachable due instant.</summary>
    public static BusinessDue At(Instant instant) => new(instant, true);

    /// <inheritdoc />
    public override string ToString() => IsReachable ? _instant.ToString() : "unreachable";
}
