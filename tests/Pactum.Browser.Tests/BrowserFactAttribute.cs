namespace Pactum.Browser.Tests;

/// <summary>
/// A test that drives Debian's Chromium. On a developer machine without it the test is skipped with a message saying
/// how to install it; CI (PACTUM_REQUIRE_BROWSER=1, set by .ci/run, which installs Chromium) always runs it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserSession.ChromiumPath) && Environment.GetEnvironmentVariable("PACTUM_REQUIRE_BROWSER") != "1")
        {
            Skip = $"Chromium is not installed at {BrowserSession.ChromiumPath} (apt-get install chromium); .ci/run installs it.";
        }
    }
}
