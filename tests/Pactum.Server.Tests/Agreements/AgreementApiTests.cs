using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pactum.Testing;

namespace Pactum.Server.Tests.Agreements;

public sealed class AgreementApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task List_DemoServer_HoldsTheSampleAgreements()
    {
        var agreements = await fixture.Client.GetFromJsonAsync<JsonElement>("/api/agreements");

        var ids = agreements.EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Contains("company-x-internal", ids);
        Assert.Contains("company-x-multi-level", ids);
        Assert.Equal(4, ids.Count);
    }

    [Fact]
    public async Task Show_CompanyX_HasAColumnPerPartyAndShared()
    {
        var view = await fixture.Client.GetFromJsonAsync<JsonElement>("/api/agreements/company-x-internal");

        var columns = view.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ToList();
        Assert.Contains(columns, c => c!.Contains("Marketing", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(columns, c => c!.Contains("Sales", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(columns, c => c!.Contains("Shared", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Yaml_Export_IsTheTextAsStored()
    {
        var yaml = await fixture.Client.GetStringAsync("/api/agreements/company-x-internal/yaml");

        Assert.Contains("Kendra", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_InvalidFile_ReturnsEveryErrorWithLineAndFieldAndStoresNothing()
    {
        await using var server = await RunningServer.StartAsync(demo: false);
        const string yaml = "id: broken\ntitle: Broken\nkind: internall\nversion: one\n";

        var response = await server.Client.PostAsync("/api/agreements?fileName=broken.yaml", new StringContent(yaml, Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("field").GetString() == "kind" && e.GetProperty("line").GetInt32() == 3);
        Assert.Contains(errors, e => e.GetProperty("field").GetString() == "version" && e.GetProperty("line").GetInt32() == 4);
        Assert.All(errors, e => Assert.Equal("broken.yaml", e.GetProperty("file").GetString()));
        Assert.Empty((await server.Client.GetFromJsonAsync<JsonElement>("/api/agreements")).EnumerateArray());
    }

    [Fact]
    public async Task Upload_ChangedText_BecomesNextVersion_SameTextChangesNothing()
    {
        await using var server = await RunningServer.StartAsync(demo: true);
        var yaml = await server.Client.GetStringAsync("/api/agreements/company-x-internal/yaml");
        var changed = yaml.Replace("Company X", "Company X (renegotiated)", StringComparison.Ordinal);

        var same = await server.Client.PostAsync("/api/agreements", new StringContent(yaml, Encoding.UTF8, "application/yaml"));
        var next = await server.Client.PostAsync("/api/agreements", new StringContent(changed, Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        Assert.Equal(2, (await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        var versions = await server.Client.GetFromJsonAsync<JsonElement>("/api/agreements/company-x-internal/versions");
        Assert.Equal(2, versions.GetArrayLength());
    }

    [Fact]
    public async Task Show_UnknownAgreement_Is404()
    {
        var response = await fixture.Client.GetAsync("/api/agreements/no-such-agreement");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
