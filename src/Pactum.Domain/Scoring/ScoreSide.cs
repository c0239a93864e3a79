namespace Pactum.Domain.Scoring;

/// <summary>The side of a lead's score a contribution counts on (SPEC L4).</summary>
public enum ScoreSide
{
    /// <summary>What is known of the lead: persona, role, seniority, buying role, company size, region. Never decays.</summary>
    Fit,

    /// <summary>What the lead did: its engagements, decayed and capped by group.</summary>
    Interest,
}
