namespace Pactum.Domain.Agreements;

/// <summary>
/// What data a goal is measured from, so that Pactum can judge it (SPEC P1). Files write it as the goal's
/// <c>measure</c>: <c>leads-handed-off</c>, <c>first-touch-minutes</c>, <c>attempts-per-lead</c>, <c>revenue</c>,
/// <c>availability</c>, <c>deliveries</c>. A goal without one is shown but not judged, except in internal and
/// multi-level agreements, where the goals the reports draw against are recognised by their units.
/// </summary>
public enum GoalMetric
{
    /// <summary>Leads handed off to sales, counted on the day of their first hand-off in the month (a total).</summary>
    LeadsHandedOff,
    /// <summary>Minutes from each hand-off to its first attempt, business minutes on the agreement's calendar when it has one (an average).</summary>
    FirstTouchMinutes,
    /// <summary>Attempts per handed-off lead not yet connected (an average).</summary>
    AttemptsPerLead,
    /// <summary>Revenue of deals won, on the day each was won (a total, in the agreement's currency).</summary>
    Revenue,
    /// <summary>The percentage of time the service was up, from recorded outages that are not excluded (an average over time).</summary>
    Availability,
    /// <summary>Quantities delivered, from recorded deliveries, on their day (a total).</summary>
    Deliveries,
}
