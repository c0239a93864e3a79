namespace Pactum.Domain.Agreements;

/// <summary>
/// How the enums of an agreement are written in files: lower-case words, hyphenated when they have several
/// (<c>multi-level</c>, <c>at-most</c>, <c>decision-maker</c>). Reading accepts any case.
/// </summary>
public static class AgreementText
{
    /// <summary>Agreement kinds.</summary>
    internal static readonly TextChoices<AgreementKind> Kinds = new(
        "kind", ("customer", AgreementKind.Customer), ("internal", AgreementKind.Internal), ("multi-level", AgreementKind.MultiLevel));

    /// <summary>Clock kinds.</summary>
    internal static readonly TextChoices<Clocks.ClockKind> ClockKinds = new(
        "clock kind", ("first-touch", Clocks.ClockKind.FirstTouch), ("accept-or-reject", Clocks.ClockKind.AcceptOrReject), ("attempts", Clocks.ClockKind.Attempts), ("custom", Clocks.ClockKind.Custom));

    /// <summary>Goal periods.</summary>
    internal static readonly TextChoices<EvaluationPeriod> Periods = new(
        "period", ("day", EvaluationPeriod.Day), ("week", EvaluationPeriod.Week), ("month", EvaluationPeriod.Month), ("quarter", EvaluationPeriod.Quarter), ("year", EvaluationPeriod.Year));

    /// <summary>Goal directions.</summary>
    internal static readonly TextChoices<GoalDirection> Directions = new(
        "direction", ("at-least", GoalDirection.AtLeast), ("at-most", GoalDirection.AtMost));

    /// <summary>What goals are measured from.</summary>
    internal static readonly TextChoices<GoalMetric> Metrics = new(
        "measure", ("leads-handed-off", GoalMetric.LeadsHandedOff), ("first-touch-minutes", GoalMetric.FirstTouchMinutes), ("attempts-per-lead", GoalMetric.AttemptsPerLead),
        ("revenue", GoalMetric.Revenue), ("availability", GoalMetric.Availability), ("deliveries", GoalMetric.Deliveries));

    /// <summary>Party roles in customer agreements.</summary>
    internal static readonly TextChoices<PartyRole> Roles = new(
        "party role", ("provider", PartyRole.Provider), ("customer", PartyRole.Customer));

    /// <summary>Personas' buying roles.</summary>
    internal static readonly TextChoices<BuyingRole> BuyingRoles = new(
        "buying role", ("decision-maker", BuyingRole.DecisionMaker), ("influencer", BuyingRole.Influencer));

    /// <summary>Review meeting cadences.</summary>
    internal static readonly TextChoices<MeetingCadence> Meetings = new(
        "meeting cadence", ("weekly", MeetingCadence.Weekly), ("biweekly", MeetingCadence.Biweekly), ("monthly", MeetingCadence.Monthly), ("quarterly", MeetingCadence.Quarterly));

    /// <summary>Revision cadences.</summary>
    internal static readonly TextChoices<RevisionCadence> Revisions = new(
        "revision cadence", ("quarterly", RevisionCadence.Quarterly), ("semiannual", RevisionCadence.Semiannual), ("yearly", RevisionCadence.Yearly));

    /// <summary>The lead properties fit rules test (SPEC L4), written as the agreement's keys are.</summary>
    internal static readonly TextChoices<Scoring.FitProperty> FitProperties = new(
        "lead property", ("persona", Scoring.FitProperty.Persona), ("role", Scoring.FitProperty.Role), ("seniority", Scoring.FitProperty.Seniority),
        ("buyingRole", Scoring.FitProperty.BuyingRole), ("employees", Scoring.FitProperty.Employees), ("region", Scoring.FitProperty.Region));

    /// <summary>Assignment methods (SPEC L5).</summary>
    internal static readonly TextChoices<Assignment.AssignmentMethod> AssignmentMethods = new(
        "assignment method", ("round-robin", Assignment.AssignmentMethod.RoundRobin), ("weighted-round-robin", Assignment.AssignmentMethod.WeightedRoundRobin),
        ("capacity", Assignment.AssignmentMethod.Capacity));

    /// <summary>The word a file uses for <paramref name="period"/>, e.g. <c>month</c>.</summary>
    public static string ToFileText(this EvaluationPeriod period) => Periods.TextOf(period);

    /// <summary>The word a file uses for <paramref name="direction"/>, e.g. <c>at-most</c>.</summary>
    public static string ToFileText(this GoalDirection direction) => Directions.TextOf(direction);

    /// <summary>The word a file uses for <paramref name="metric"/>, e.g. <c>leads-handed-off</c>.</summary>
    public static string ToFileText(this GoalMetric metric) => Metrics.TextOf(metric);

    /// <summary>The word a file uses for <paramref name="role"/>, e.g. <c>provider</c>.</summary>
    public static string ToFileText(this PartyRole role) => Roles.TextOf(role);

    /// <summary>The word a file uses for <paramref name="role"/>, e.g. <c>decision-maker</c>.</summary>
    public static string ToFileText(this BuyingRole role) => BuyingRoles.TextOf(role);

    /// <summary>The word a file uses for <paramref name="cadence"/>, e.g. <c>monthly</c>.</summary>
    public static string ToFileText(this MeetingCadence cadence) => Meetings.TextOf(cadence);

    /// <summary>The word a file uses for <paramref name="cadence"/>, e.g. <c>semiannual</c>.</summary>
    public static string ToFileText(this RevisionCadence cadence) => Revisions.TextOf(cadence);

    /// <summary>The word a file uses for <paramref name="property"/>, e.g. <c>buyingRole</c>.</summary>
    public static string ToFileText(this Scoring.FitProperty property) => FitProperties.TextOf(property);

    /// <summary>The word a file uses for <paramref name="method"/>, e.g. <c>round-robin</c>.</summary>
    public static string ToFileText(this Assignment.AssignmentMethod method) => AssignmentMethods.TextOf(method);
}
