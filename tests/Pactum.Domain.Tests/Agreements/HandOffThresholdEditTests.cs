using Pactum.Domain.Agreements;

namespace Pactum.Domain.Tests.Agreements;

/// <summary>A new hand-off threshold written into an agreement file touches only its threshold and version lines.</summary>
public sealed class HandOffThresholdEditTests
{
    [Fact]
    public void Apply_ExistingThreshold_ReplacesItKeepingTheComment()
    {
        const string yaml = "id: x\nversion: 3\nhandOff:\n  threshold: 60   # the MQL score\n  conversions: [demo_request]\nassignment:\n  method: capacity\n";

        var edited = HandOffThresholdEdit.Apply(yaml, 45.5m, 4);

        Assert.Equal("id: x\nversion: 4\nhandOff:\n  threshold: 45.5   # the MQL score\n  conversions: [demo_request]\nassignment:\n  method: capacity\n", edited);
    }

    [Fact]
    public void Apply_SectionWithoutThreshold_AddsItAtTheSectionsIndent()
    {
        var edited = HandOffThresholdEdit.Apply("version: 1\nhandOff:\n    conversions: [demo_request]\n", 50, 2);

        Assert.Equal("version: 2\nhandOff:\n    threshold: 50\n    conversions: [demo_request]\n", edited);
    }

    [Fact]
    public void Apply_TheSample_StillParsesWithTheNewThreshold()
    {
        var sample = RepoFiles.AgreementSample("company-x-internal.yaml");

        var parsed = AgreementFile.Parse(HandOffThresholdEdit.Apply(sample, 40, 2), "edited.yaml");

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.Equal(40m, parsed.Value!.HandOff!.Threshold);
        Assert.Equal(2, parsed.Value.Version);
    }
}
