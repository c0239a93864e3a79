using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pactum.Server.Tests.Calculator;

public sealed class CalculatorApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task LeadGoal_SpecExample_ReturnsTheGoalWithFormulas()
    {
        var response = await fixture.Client.PostAsJsonAsync("/api/calculator/lead-goal", new { quota = "5000", marketingShare = "100%", dealSize = "100", closeRate = "50%" });

        response.EnsureSuccessStatusCode();
        var goal = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5000m, goal.GetProperty("revenueGoal").GetDecimal());
        Assert.Equal(50, goal.GetProperty("customersNeeded").GetInt64());
        Assert.Equal(100, goal.GetProperty("leadsNeeded").GetInt64());
        Assert.Equal(3.33m, goal.GetProperty("dailyGoal").GetDecimal());
        var formulas = goal.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("formula").GetString());
        Assert.Equal("⌈50 ÷ 0.5⌉", formulas["leadsNeeded"]);
    }

    [Fact]
    public async Task LeadGoal_BadAndMissingFields_Returns400ListingEach()
    {
        var response = await fixture.Client.PostAsJsonAsync("/api/calculator/lead-goal", new { quota = "5000", marketingShare = "50", dealSize = "0" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.StartsWith("marketingShare:", StringComparison.Ordinal) && m.Contains("did you mean 50%?", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("closeRate: is required", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Uptime_FiveNines_AllowsAbout315SecondsAYear()
    {
        var budget = await fixture.Client.GetFromJsonAsync<JsonElement>("/api/calculator/uptime?availability=99.999");

        Assert.Equal(0.99999m, budget.GetProperty("availability").GetDecimal());
        Assert.Equal(315.576m, budget.GetProperty("perYear").GetDecimal());
    }

    [Fact]
    public async Task Uptime_NotANumber_Is400()
    {
        var response = await fixture.Client.GetAsync("/api/calculator/uptime?availability=high");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CalculatorPage_Query_ShowsTheGoal()
    {
        var html = await fixture.Client.GetStringAsync("/calculator?quota=12000&marketingShare=50%25&dealSize=200&closeRate=0.25&days=31");

        Assert.Contains("data-value=\"120\"", html, StringComparison.Ordinal);
        Assert.Contains("⌈30 ÷ 0.25⌉", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"quota\": 5000", "LineNumber")] // the body ends mid-object
    [InlineData("{\"quota\": true}", "$.quota")] // a value of the wrong kind, with its path
    public async Task LeadGoal_UnreadableBody_Is400SayingWhere(string body, string where)
    {
        var response = await fixture.Client.PostAsync("/api/calculator/lead-goal", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(where, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
