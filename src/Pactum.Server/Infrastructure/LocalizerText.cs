using Microsoft.Extensions.Localization;

namespace Pactum.Server.Infrastructure;

/// <summary>Texts for values that may have no translation key (a section or source named in a user's file).</summary>
public static class LocalizerText
{
    /// <summary>The text of <paramref name="key"/>, or <paramref name="fallback"/> when there is none.</summary>
    public static string Or(this IStringLocalizer localizer, string key, string fallback)
    {
        var text = localizer[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}
