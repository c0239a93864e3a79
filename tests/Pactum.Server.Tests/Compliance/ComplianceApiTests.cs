using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NodaTime;
using Pactum.Testing;

namespace Pactum.Server.Tests.Compliance;

/// <summary>The compliance API: availability and service credits from outages (SPEC G6), review dates as iCalendar (P4), and bad input.</summary>
public sealed class ComplianceApiTests
{
    [Fact]
    public async Task Outages_OfNovember_GiveAvailability9985AndATenPercentCredit()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { BackgroundServices = false });
        // November 2026 has 2,592,000 seconds; 0.15% of it is 3,888 s (64 min 48 s) of outages that count. The planned
        // maintenance is excluded and does not count.
        object[] outages =
        [
            new { id = "o1", type = "outage", at = "2026-11-10T08:00:00Z", ends = "2026-11-10T08:40:00Z", cause = "database failover" },
            new { id = "o2", type = "outage", at = "2026-11-20T21:00:00Z", ends = "2026-11-20T21:24:48Z", cause = "bad deploy" },
            new { id = "o3", type = "outage", at = "2026-11-22T02:00:00Z", ends = "2026-11-22T04:00:00Z", cause = "planned maintenance", excluded = true },
        ];
        var recorded = await server.Client.PostAsJsonAsync("/api/agreements/cloud-uptime/service-events", outages);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal(3, (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recorded").GetInt32());

        server.Clock.Advance(Instant.FromUtc(2026, 12, 1, 0, 10) - server.Clock.GetCurrentInstant());
        (await server.Client.PostAsync("/api/agreements/cloud-uptime/evaluate", null)).EnsureSuccessStatusCode();
        var compliance = await server.Client.GetFromJsonAsync<JsonElement>("/api/agreements/cloud-uptime/compliance");
        var november = compliance.GetProperty("verdicts").EnumerateArray()
            .Single(v => v.GetProperty("goalId").GetString() == "availability" && v.GetProperty("period").GetString() == "2026-11");
        Assert.Equal("missed", november.GetProperty("state").GetString());
        Assert.Equal(99.85m, november.GetProperty("actual").GetDecimal());
        Assert.Equal("below 99.9% → 10% credit", november.GetProperty("credit").GetString());
        var strike = Assert.Single(compliance.GetProperty("strikes").EnumerateArray(), s => s.GetProperty("period").GetString() == "2026-11");
        Assert.Equal("provider", strike.GetProperty("party").GetString());
    }

    [Fact]
    public async Task ServiceEvents_WithMistakes_RecordNothingAndSayWhereAndWhat()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { BackgroundServices = false });
        object[] events =
        [
            new { id = "d1", type = "delivery", at = "2026-11-02T09:00:00Z", quantity = 50, confirmedBy = "Pam" },
            new { id = "o1", type = "outage", at = "2026-11-02T09:00:00Z", ends = "2026-11-02T08:00:00Z" },
            new { id = "x1", type = "storm", at = "yesterday" },
        ];
        var response = await server.Client.PostAsJsonAsync("/api/agreements/paper-delivery/service-events", events);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("[1].ends: must not be before at", text, StringComparison.Ordinal);
        Assert.Contains("[1].cause: is required", text, StringComparison.Ordinal);
        Assert.Contains("[2].at: 'yesterday' is not an ISO-8601 instant", text, StringComparison.Ordinal);
        Assert.Contains("[2].type: 'storm' is not a service event type", text, StringComparison.Ordinal);

        // Nothing was recorded: the valid delivery alone is new now.
        var again = await server.Client.PostAsJsonAsync("/api/agreements/paper-delivery/service-events", events[..1]);
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recorded").GetInt32());
    }

    [Fact]
    public async Task Remediation_WithUnknownGoalAndBadDate_IsRefusedWithEachField()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { BackgroundServices = false });
        var response = await server.Client.PostAsJsonAsync("/api/agreements/company-x-internal/remediations",
            new { goalId = "leads", periodFrom = "2026-10-01", diagnosedBy = "Amir", action = "", due = "next week" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("goalId: 'leads' is not a goal of this agreement", text, StringComparison.Ordinal);
        Assert.Contains("due: 'next week' is not a date", text, StringComparison.Ordinal);
        Assert.Contains("action: is required", text, StringComparison.Ordinal);

        var ok = await server.Client.PostAsJsonAsync("/api/agreements/company-x-internal/remediations",
            new { goalId = "qualified-leads", periodFrom = "2026-10-01", diagnosedBy = "Amir", action = "Two more webinars", due = "2026-11-20", recordedBy = "Amir" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var compliance = await server.Client.GetFromJsonAsync<JsonElement>("/api/agreements/company-x-internal/compliance");
        Assert.Equal("Two more webinars", Assert.Single(compliance.GetProperty("remediations").EnumerateArray()).GetProperty("action").GetString());
    }

    [Fact]
    public async Task ReviewsIcs_OfCompanyX_FollowsRfc5545()
    {
        await using var server = await RunningServer.StartAsync(demo: true, o => o with { BackgroundServices = false });
        var response = await server.Client.GetAsync("/api/agreements/company-x-internal/reviews.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        // Content lines end in CRLF and are at most 75 octets; continuation lines start with a space.
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        var physical = text[..^2].Split("\r\n");
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var lines = Unfold(physical);

        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0"], lines.Take(2));
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        var events = Events(lines);
        // Monthly meetings (Feb–Dec: 11), quarterly revisions (Apr, Jul, Oct: 3), mid-term (1 Jul) and expiry (31 Dec).
        Assert.Equal(16, events.Count);
        foreach (var e in events)
        {
            foreach (var required in new[] { "UID", "DTSTAMP", "DTSTART;VALUE=DATE", "SUMMARY" })
            {
                Assert.Contains(e, p => p.Name == required);
            }

            Assert.Matches("^[0-9]{8}T[0-9]{6}Z$", e.First(p => p.Name == "DTSTAMP").Value);
            Assert.Matches("^[0-9]{8}$", e.First(p => p.Name == "DTSTART;VALUE=DATE").Value);
        }

        Assert.Equal(events.Count, events.Select(e => e.First(p => p.Name == "UID").Value).Distinct().Count());
        Assert.Contains(events, e => e.Any(p => p is { Name: "DTSTART;VALUE=DATE", Value: "20260701" }) && e.Any(p => p.Value.StartsWith("Mid-term review", StringComparison.Ordinal)));
        Assert.Contains(events, e => e.Any(p => p is { Name: "DTSTART;VALUE=DATE", Value: "20261231" }) && e.Any(p => p.Value.StartsWith("Expiry review", StringComparison.Ordinal)));
        Assert.Contains("SUMMARY:Monthly review meeting: Company X marketing → sales SLA", lines);
    }

    private static List<string> Unfold(IEnumerable<string> physical)
    {
        var lines = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' '))
            {
                lines[^1] += line[1..];
            }
            else
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static List<List<(string Name, string Value)>> Events(List<string> lines)
    {
        var events = new List<List<(string, string)>>();
        List<(string, string)>? current = null;
        var depth = 0;
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT")
            {
                events.Add(current!);
                current = null;
            }
            else if (line.StartsWith("BEGIN:VALARM", StringComparison.Ordinal))
            {
                depth++;
            }
            else if (line.StartsWith("END:VALARM", StringComparison.Ordinal))
            {
                depth--;
            }
            else if (current is not null && depth == 0)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                current.Add((line[..colon], line[(colon + 1)..]));
            }
        }

        return events;
    }
}
