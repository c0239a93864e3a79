namespace Pactum.Domain.Agreements;

/// <summary>Whether a goal is met by reaching its target or by staying under it (written <c>at-least</c>, <c>at-most</c>).</summary>
public enum GoalDirection
{
    /// <summary>Met when the measured value is at least the target, e.g. 100 leads a month (<c>at-least</c>, the default).</summary>
    AtLeast,

    /// <summary>Met when the measured value is at most the target, e.g. first follow-up within 60 minutes (<c>at-most</c>).</summary>
    AtMost,
}
