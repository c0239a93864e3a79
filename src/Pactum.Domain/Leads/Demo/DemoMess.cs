namespace Pactum.Domain.Leads.Demo;

/// <summary>
/// The deliberately messy lead lives of the demo (0.7% of the leads), because real CRMs send such facts and Pactum
/// must count sensibly despite them. A won deal reported won twice is the other kind (<see cref="DemoLead"/>).
/// </summary>
internal enum DemoMess
{
    /// <summary>A clean lead.</summary>
    None,

    /// <summary>A rep logs an attempt on a lead that marketing never qualified nor handed off.</summary>
    AttemptWithoutHandOff,

    /// <summary>A rep calls the lead after it became an MQL but before the hand-off was recorded.</summary>
    AttemptBeforeHandOff,
}
