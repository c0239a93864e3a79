using Pactum.Domain.Notices;

namespace Pactum.Domain.Tests.Notices;

public sealed class WebhookUrlMaskTests
{
    [Theory]
    [InlineData("https://hooks.slack.com/services/T000/B000/XXXXXyZ9", "https://hooks.slack.com/…/XyZ9")]       // the secret path is hidden
    [InlineData("https://hooks.slack.com/services/T000/B000/XXXXXyZ9/", "https://hooks.slack.com/…/XyZ9")]      // a trailing slash is not a character shown
    [InlineData("https://chat.example/hook?token=s3cret#x", "https://chat.example/…/hook")]                     // the query and fragment never show
    [InlineData("https://user:pw@chat.example/abcdefgh", "https://chat.example/…/efgh")]                       // nor user information
    [InlineData("http://127.0.0.1:9000/hook", "http://127.0.0.1:9000/…/hook")]                                 // a port of its own shows
    [InlineData("https://chat.example:443/ab", "https://chat.example/…/ab")]                                   // the scheme's own port does not; a short path shows whole
    [InlineData("https://chat.example/", "https://chat.example/…/")]                                           // no path
    public void Of_Url_ShowsSchemeHostAndTheLastFourCharacters(string url, string shown) =>
        Assert.Equal(shown, WebhookUrlMask.Of(new Uri(url)));
}
