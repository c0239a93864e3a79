using Pactum.Domain.Agreements;

namespace Pactum.Domain.Tests.Agreements;

public sealed class ContactTests
{
    [Fact]
    public void EmailsOf_PartyWithListsAndRepeats_GivesEachAddressOnceInFileOrder()
    {
        Contact[] contacts =
        [
            new() { Name = "Kendra", Party = "sales", Role = "VP", Emails = ["kendra@x.example", "team@x.example"] },
            new() { Name = "Amir", Party = "marketing", Role = "VP", Emails = ["amir@x.example"] },
            new() { Name = "Lee", Party = "sales", Role = "Rep", Emails = ["TEAM@x.example", "lee@x.example"] }, // the team inbox again, in other case
            new() { Name = "Sam", Party = "sales", Role = "Rep" }, // no address
        ];

        Assert.Equal(["kendra@x.example", "team@x.example", "lee@x.example"], Contact.EmailsOf(contacts, "sales"));
    }
}
