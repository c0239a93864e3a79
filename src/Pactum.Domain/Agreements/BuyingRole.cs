namespace Pactum.Domain.Agreements;

/// <summary>A persona's part in the buying decision (written <c>decision-maker</c>, <c>influencer</c>).</summary>
public enum BuyingRole
{
    /// <summary>Decides the purchase (<c>decision-maker</c>).</summary>
    DecisionMaker,

    /// <summary>Shapes the decision without making it (<c>influencer</c>).</summary>
    Influencer,
}
