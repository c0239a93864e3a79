using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pactum.Server.Features.Leads;
using Pactum.Testing;

namespace Pactum.Server.Tests.Leads;

/// <summary>A server holding one lead for each id that is hard to put in a URL, and no other.</summary>
public sealed class NastyLeads : IAsyncLifetime
{
    /// <summary>The ids, each with why it is hard.</summary>
    public static readonly string[] Ids =
    [
        "a/b", // a slash: %2F, which the server leaves encoded in the path
        "a%2Fb", // what a/b looks like once the server decoded %25
        "a%252Fb", // and once more
        "a?b", // would start a query
        "a#b", // would start a fragment
        "a b", // a space
        "ก/ข", // unicode and a slash
        "..", // a dot segment: clients and the server remove it, so it travels in the query
        ".", // the other dot segment
        "a/../b", // a dot segment once the slashes are decoded
        "L1/clocks", // looks like a sub-resource
        "_", // the placeholder segment itself
        string.Concat(Enumerable.Repeat("x/%", 66)) + "yz", // 200 characters
    ];

    public RunningServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await RunningServer.StartAsync(demo: false);
        var events = Ids.Select((id, i) => new { eventId = $"e{i}", leadId = id, type = "lead_created", occurredAt = "2026-10-05T13:00:00Z" });
        var answer = await (await Server.Client.PostAsJsonAsync("/api/events", events)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Ids.Length, answer.GetProperty("totals").GetProperty("taken").GetInt32());
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

public sealed partial class LeadAddressTests(NastyLeads leads) : IClassFixture<NastyLeads>
{
    private HttpClient Client => leads.Server.Client;

    public static TheoryData<string> Ids() => [.. NastyLeads.Ids];

    [Fact]
    public async Task LeadsPage_NastyIds_EveryLinkOpensItsLead()
    {
        var list = await Client.GetStringAsync("/leads");
        var links = LeadLink().Matches(list).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["id"].Value), m => WebUtility.HtmlDecode(m.Groups["href"].Value));

        Assert.Equal(NastyLeads.Ids.Order(StringComparer.Ordinal), links.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, href) in links)
        {
            var page = await Client.GetAsync(href);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{id}: {href} answered {page.StatusCode}");
            Assert.Equal(id, Title(await page.Content.ReadAsStringAsync()));
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Api_NastyId_LeadClocksAndScoreAnswerForThatLead(string id)
    {
        var lead = await Client.GetFromJsonAsync<JsonElement>(LeadPath.Api(id));
        var clocks = await Client.GetAsync(LeadPath.Api(id, "/clocks"));
        var score = await Client.GetFromJsonAsync<JsonElement>(LeadPath.Api(id, "/score"));

        Assert.Equal(id, lead.GetProperty("lead").GetProperty("leadId").GetString());
        Assert.Equal(HttpStatusCode.OK, clocks.StatusCode);
        Assert.Equal(id, score.GetProperty("leadId").GetString());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Nurture_NastyId_ByApiAndByThePageFormEnrolsThatLead(string id)
    {
        var api = await Client.PostAsJsonAsync(LeadPath.Api(id, "/nurture"), new { track = "awareness", reason = "api" });
        leads.Server.Clock.Advance(NodaTime.Duration.FromMinutes(1)); // an enrolment's event ID holds its instant
        var page = await Client.GetStringAsync(LeadPath.Page(id));
        var form = NurtureForm().Match(page);
        var posted = await Client.PostAsync(WebUtility.HtmlDecode(form.Groups["action"].Value), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Groups["token"].Value, ["track"] = "decision", ["reason"] = "page",
        }));

        Assert.Equal(HttpStatusCode.NoContent, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode); // after the redirect back to the lead's page
        Assert.Equal(id, Title(await posted.Content.ReadAsStringAsync()));
        var events = (await Client.GetFromJsonAsync<JsonElement>(LeadPath.Api(id))).GetProperty("events").EnumerateArray();
        Assert.Equal(["awareness", "decision"], events.Select(e => e.GetProperty("track").GetString() ?? "").Where(t => t.Length > 0).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task LanguageSwitch_NastyId_ComesBackToThatLead(string id)
    {
        var page = await Client.GetStringAsync(LeadPath.Page(id));
        var returnUrl = WebUtility.HtmlDecode(ReturnUrl().Match(page).Groups["url"].Value);

        var back = await Client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = returnUrl }));

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(id, Title(await back.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("/api/leads/a%2Fb", "a/b")] // %2F is a slash in the id
    [InlineData("/api/leads/a%252Fb", "a%2Fb")] // %25 is a percent sign
    [InlineData("/api/leads/_?id=..", "..")] // a dot segment in the query
    [InlineData("/api/leads/L1%2Fclocks", "L1/clocks")] // one segment, not the clocks sub-resource
    [InlineData("/api/leads/whatever?id=a%2Fb", "a/b")] // the query names the lead whatever the path says
    public async Task Api_HandWrittenAddress_NamesTheLeadAsDocumented(string address, string id)
    {
        var lead = await Client.GetFromJsonAsync<JsonElement>(address);

        Assert.Equal(id, lead.GetProperty("lead").GetProperty("leadId").GetString());
    }

    [Theory]
    [InlineData("a/b", "/leads/a%2Fb")]
    [InlineData("a%2Fb", "/leads/a%252Fb")]
    [InlineData("..", "/leads/_?id=..")]
    [InlineData(".", "/leads/_?id=.")]
    [InlineData("...", "/leads/...")] // only . and .. are dot segments
    public void Page_Id_IsOneEscapedSegmentOrTheQuery(string id, string expected) => Assert.Equal(expected, LeadPath.Page(id));

    private static string Title(string html) => WebUtility.HtmlDecode(LeadTitle().Match(html).Groups["id"].Value);

    [GeneratedRegex("""<a href="(?<href>/leads/[^"]*)">(?<id>[^<]*)</a>""")]
    private static partial Regex LeadLink();

    [GeneratedRegex("""name="returnUrl" value="(?<url>[^"]*)" """)]
    private static partial Regex ReturnUrl();

    [GeneratedRegex("""<h1 id="lead-title">[^<]*?Lead (?<id>[^<]*)</h1>""")]
    private static partial Regex LeadTitle();

    [GeneratedRegex("""<form method="post" action="(?<action>[^"]*)" id="nurture-form"[^>]*>.*?name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]*)" """, RegexOptions.Singleline)]
    private static partial Regex NurtureForm();
}
