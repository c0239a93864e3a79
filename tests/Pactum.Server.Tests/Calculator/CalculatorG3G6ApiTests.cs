using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pactum.Server.Tests.Calculator;

/// <summary>Recalculation from actuals, tiers, capacity and service credits through the API.</summary>
public sealed class CalculatorG3G6ApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Recalculate_Actuals_ImplyANewGoalNextToTheAgreedOne()
    {
        // 200 leads, 40 customers (close rate 0.2), $6,000 from them (deal $150), $8,000 closed in all (share 0.75).
        var response = await fixture.Client.PostAsJsonAsync("/api/calculator/recalculate", new
        {
            quota = 5000, marketingShare = "100%", dealSize = 100, closeRate = "50%",
            marketingLeads = 200, marketingCustomers = 40, marketingRevenue = 6000, totalRevenue = 8000, salesCycleDays = new[] { 10, 20, 30 },
        });

        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0.2m, result.GetProperty("closeRate").GetProperty("value").GetDecimal());
        Assert.Equal(150m, result.GetProperty("dealSize").GetProperty("value").GetDecimal());
        Assert.Equal(0.75m, result.GetProperty("marketingShare").GetProperty("value").GetDecimal());
        Assert.Equal(20m, result.GetProperty("averageSalesCycleDays").GetProperty("value").GetDecimal());
        Assert.Equal(100, result.GetProperty("agreed").GetProperty("leadsNeeded").GetInt64());
        // 5000 × 0.75 = 3750 → ⌈3750 ÷ 150⌉ = 25 customers → ⌈25 ÷ 0.2⌉ = 125 leads.
        Assert.Equal(125, result.GetProperty("implied").GetProperty("leadsNeeded").GetInt64());
    }

    [Fact]
    public async Task Recalculate_MoreCustomersThanLeads_Is400()
    {
        var response = await fixture.Client.PostAsJsonAsync("/api/calculator/recalculate", new
        {
            quota = 5000, marketingShare = 1, dealSize = 100, closeRate = 0.5,
            marketingLeads = 10, marketingCustomers = 40, marketingRevenue = 6000, totalRevenue = 8000,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("marketingCustomers", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tiers_LeadsGoal_SplitsByTheMixAndValuesIt()
    {
        // The source's example: a CEO lead is worth $100, a director $50, a manager $40.
        var response = await fixture.Client.PostAsJsonAsync("/api/calculator/tiers", new
        {
            tiers = new[]
            {
                new { name = "CEO", valuePerLead = "100", share = "20%" },
                new { name = "Director", valuePerLead = "50", share = "30%" },
                new { name = "Manager", valuePerLead = "40", share = "50%" },
            },
            leads = "100",
        });

        response.EnsureSuccessStatusCode();
        var goal = await response.Content.ReadFromJsonAsync<JsonElement>();
        var leads = goal.GetProperty("tiers").EnumerateArray().Select(t => t.GetProperty("leads").GetInt64()).ToList();
        Assert.Equal([20L, 30L, 50L], leads);
        Assert.Equal(5500m, goal.GetProperty("valueGoal").GetDecimal()); // 20×100 + 30×50 + 50×40
    }

    [Fact]
    public async Task Tiers_SharesNotAddingUp_Is400()
    {
        var response = await fixture.Client.PostAsJsonAsync("/api/calculator/tiers", new
        {
            tiers = new[] { new { name = "CEO", valuePerLead = "100", share = "20%" }, new { name = "Manager", valuePerLead = "40", share = "50%" } },
            leads = "100",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("add up to 1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Capacity_SlaAsksTooMuch_SaysSo()
    {
        // 100 leads over 2 reps = 50 each × 6 attempts × 5 minutes = 1,500 minutes against 10 hours = 600.
        var response = await fixture.Client.PostAsJsonAsync("/api/calculator/capacity", new
        {
            leadsPerPeriod = 100, reps = 2, attemptsPerLead = 6, minutesPerAttempt = 5, marketingHoursPerRep = 10,
        });

        response.EnsureSuccessStatusCode();
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("over_capacity", check.GetProperty("verdict").GetString());
        Assert.Equal(1500m, check.GetProperty("minutesNeededPerRep").GetDecimal());
        Assert.Contains("more than the team can do", check.GetProperty("sentence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceCredit_OutagesBelowTarget_OweTheTierCredit()
    {
        // November has 30 days = 2,592,000 s; 0.5% of it (12,960 s = 3.6 h) down → 99.5%: below 99.9% → 10% of $2,000.
        var response = await fixture.Client.PostAsJsonAsync("/api/calculator/service-credit", new
        {
            from = "2026-11-01T00:00:00Z", to = "2026-12-01T00:00:00Z", target = "99.9%",
            tiers = new[] { new { below = "99.9%", credit = "10%" }, new { below = "99%", credit = "25%" } },
            outages = new object[]
            {
                new { start = "2026-11-10T10:00:00Z", end = "2026-11-10T13:36:00Z" },
                new { start = "2026-11-20T00:00:00Z", end = "2026-11-20T05:00:00Z", excludedBecause = "planned maintenance" },
            },
            monthlyFee = "2000",
        });

        response.EnsureSuccessStatusCode();
        var credit = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0.995m, credit.GetProperty("measuredAvailability").GetDecimal());
        Assert.False(credit.GetProperty("metTarget").GetBoolean());
        Assert.Equal(0.1m, credit.GetProperty("creditFraction").GetDecimal());
        Assert.Equal(200m, credit.GetProperty("creditAmount").GetDecimal());
        Assert.Equal("planned maintenance", credit.GetProperty("excludedOutages")[0].GetProperty("excludedBecause").GetString());
    }

    [Fact]
    public async Task ServiceCredit_OutageWithoutOffset_Is400NamingIt()
    {
        var response = await fixture.Client.PostAsJsonAsync("/api/calculator/service-credit", new
        {
            from = "2026-11-01T00:00:00Z", to = "2026-12-01T00:00:00Z", target = "99.9",
            tiers = Array.Empty<object>(),
            outages = new[] { new { start = "2026-11-10 10:00", end = "2026-11-10T13:36:00Z" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("outages[0].start", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
