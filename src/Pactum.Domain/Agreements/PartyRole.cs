namespace Pactum.Domain.Agreements;

/// <summary>The side a party takes in a customer agreement (written <c>provider</c>, <c>customer</c>).</summary>
public enum PartyRole
{
    /// <summary>Promises the service and gives the service credits (<c>provider</c>).</summary>
    Provider,

    /// <summary>Receives the service (<c>customer</c>).</summary>
    Customer,
}
