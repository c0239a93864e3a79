using System.Net;

namespace Pactum.Server.Tests.Web;

public sealed class CultureSwitchTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("/leads?status=open", "/leads?status=open")] // a path of this site: back to it
    [InlineData("//evil.example/", "/")] // protocol-relative: another site, so home
    [InlineData("/\\evil.example/", "/")] // a backslash browsers read as a slash: another site
    [InlineData("https://evil.example/", "/")] // an absolute address
    [InlineData("/a b", "/")] // a space: not a well-formed path
    [InlineData("", "/")] // nothing: home
    public async Task Post_ReturnUrl_GoesBackOnlyToAPathOfThisSite(string returnUrl, string expected)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };

        var response = await client.PostAsync(new Uri("/culture", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "th", ["returnUrl"] = returnUrl }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_NotAForm_IsRefusedAndSetsNoCookie()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };

        var response = await client.PostAsync(new Uri("/culture", UriKind.Relative), new StringContent("{\"culture\": \"th\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType, $"answered {response.StatusCode}");
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
