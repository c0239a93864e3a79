using System.Net;
using System.Net.Http.Json;

namespace Pactum.Server.Tests.Compliance;

/// <summary>Free texts and names sent with service events, remediation notes and replays are bounded like lead events (docs/limits.md).</summary>
public sealed class TextBoundsApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task ServiceEvents_OverlongCause_Is400NamingTheItemAndField()
    {
        var response = await fixture.Client.PostAsJsonAsync("/api/agreements/company-x-internal/service-events",
            new[] { new { id = "bounded-1", type = "outage", at = "2026-10-01T10:00:00Z", ends = "2026-10-01T11:00:00Z", cause = new string('c', 2_001) } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("[0].cause: is 2,001 characters long; at most 2,000 are taken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remediation_ControlCharacterInDiagnosedBy_Is400()
    {
        var response = await fixture.Client.PostAsJsonAsync("/api/agreements/company-x-internal/remediations",
            new { goalId = "x", periodFrom = "2026-10-01", diagnosedBy = "Amir\u0007", action = "call back", due = "2026-11-30" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("diagnosedBy: holds the control character U+0007", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_OverlongBy_Is400()
    {
        var response = await fixture.Client.PostAsync($"/api/agreements/company-x-internal/replay?by={new string('b', 201)}", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("by: is 201 characters long; at most 200 are taken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
