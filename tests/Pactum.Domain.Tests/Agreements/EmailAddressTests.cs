using Pactum.Domain.Agreements;

namespace Pactum.Domain.Tests.Agreements;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("kendra@company-x.example")]             // the plain form
    [InlineData("dana.m.smith@sales.company-x.example")] // dots in both parts, a sub-domain
    [InlineData("ops+pactum@company-x.example")]         // a tag after +
    [InlineData("o'brien@company-x.example")]            // an apostrophe, allowed by RFC 5322
    [InlineData("x_1-2@a-b.example")]                    // underscores and hyphens
    [InlineData("søren@exämple.dk")]                     // letters of other scripts
    [InlineData("a@b.co")]                               // the shortest sensible address
    public void Problem_OneAddress_IsNone(string text) => Assert.Null(EmailAddress.Problem(text));

    [Theory]
    [InlineData("kendra,x@company-x.example", "more than one address")]                // the reported case: a comma
    [InlineData("a@b.example; d@e.example", "more than one address")]                  // a semicolon list
    [InlineData("a@b.example d@e.example", "more than one address")]                   // two addresses with a space: two @
    [InlineData("a@b@c.example", "more than one address")]                             // a second @
    [InlineData("kendra @company-x.example", "a space")]                               // a space
    [InlineData("kendra@company-x.example\t", "a space")]                              // a tab
    [InlineData("Kendra <kendra@company-x.example>", "a space")]                       // a display name
    [InlineData("<kendra@company-x.example>", "'<' is not allowed")]                   // angle brackets
    [InlineData("\"kendra\"@company-x.example", "'\"' is not allowed")]                // a quoted local part
    [InlineData("kendra(work)@company-x.example", "'(' is not allowed")]               // a comment
    [InlineData("kendra.company-x.example", "no @")]                                   // no @
    [InlineData("@company-x.example", "1 to 64 characters before the @")]              // nothing before the @
    [InlineData(".kendra@company-x.example", "a dot before the @")]                    // a leading dot
    [InlineData("ken..dra@company-x.example", "a dot before the @")]                   // a doubled dot
    [InlineData("kendra.@company-x.example", "a dot before the @")]                    // a trailing dot
    [InlineData("kendra@", "needs two or more names")]                                 // nothing after the @
    [InlineData("kendra@localhost", "needs two or more names")]                        // a bare host name
    [InlineData("kendra@company-x..example", "needs two or more names")]               // an empty label
    [InlineData("kendra@company-x.example.", "needs two or more names")]               // a trailing dot in the domain
    [InlineData("kendra@[10.0.0.1]", "'[10' is not a domain name")]                     // an address literal
    [InlineData("kendra@-x.example", "'-x' is not a domain name")]                     // a label starting with a hyphen
    [InlineData("kendra@x_y.example", "'x_y' is not a domain name")]                   // an underscore in the domain
    [InlineData("kendra@10.0.0.1", "ends in a number")]                                // a bare IPv4 address
    public void Problem_NotOneAddress_SaysWhy(string text, string says) =>
        Assert.Contains(says, EmailAddress.Problem(text), StringComparison.Ordinal);

    [Fact]
    public void Problem_TooLong_SaysSo()
    {
        Assert.Contains("1 to 64 characters", EmailAddress.Problem(new string('k', 65) + "@x.example"), StringComparison.Ordinal);
        Assert.Contains("longer than 254", EmailAddress.Problem("k@" + string.Join('.', Enumerable.Repeat(new string('x', 60), 5)) + ".example"), StringComparison.Ordinal);
        Assert.Contains("at most 63", EmailAddress.Problem("k@" + new string('x', 64) + ".example"), StringComparison.Ordinal);
    }
}
