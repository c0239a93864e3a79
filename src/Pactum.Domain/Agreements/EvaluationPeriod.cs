namespace Pactum.Domain.Agreements;

/// <summary>
/// The period over which a goal is counted and judged (written <c>day</c>, <c>week</c>, <c>month</c>, <c>quarter</c>,
/// <c>year</c>). Periods are calendar periods in the agreement's time zone: weeks start on Monday, quarters in
/// January, April, July and October.
/// </summary>
public enum EvaluationPeriod
{
    /// <summary>One calendar day (<c>day</c>).</summary>
    Day,

    /// <summary>One ISO week, Monday to Sunday (<c>week</c>).</summary>
    Week,

    /// <summary>One calendar month (<c>month</c>).</summary>
    Month,

    /// <summary>One calendar quarter (<c>quarter</c>).</summary>
    Quarter,

    /// <summary>One calendar year (<c>year</c>).</summary>
    Year,
}
