namespace Pactum.Domain.Agreements;

/// <summary>How often the parties meet to review goals and results (written <c>weekly</c>, <c>biweekly</c>, <c>monthly</c>, <c>quarterly</c>).</summary>
public enum MeetingCadence
{
    /// <summary>Every week (<c>weekly</c>).</summary>
    Weekly,

    /// <summary>Every second week (<c>biweekly</c>).</summary>
    Biweekly,

    /// <summary>Every month (<c>monthly</c>), the usual cadence.</summary>
    Monthly,

    /// <summary>Every quarter (<c>quarterly</c>).</summary>
    Quarterly,
}
