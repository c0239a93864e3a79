using Pactum.Domain.Files;
using Pactum.Domain.Scoring;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>recycle</c>: when a handed-off lead returns to marketing, and into which nurture track (SPEC L6).</content>
public static partial class AgreementFile
{
    private static RecycleRules? ReadRecycle(YamlMap root)
    {
        var map = Field.Section(root, "recycle", AgreementKeys.Recycle);
        if (map is null)
        {
            return null;
        }

        var tracks = map.Has("tracks") ? Field.DistinctTexts(map, "tracks", "track", (track, _) => track) : new RecycleRules().Tracks;
        if (map.Has("tracks") && tracks.Count == 0)
        {
            Field.Error(map, "tracks", "must name at least one nurture track (e.g. [awareness, consideration, decision])");
        }

        var attempts = Field.Section(map, "afterAttempts", AgreementKeys.AfterAttempts);
        var days = Field.Section(map, "afterBusinessDays", AgreementKeys.AfterBusinessDays);
        if (!map.Has("afterAttempts") && !map.Has("afterBusinessDays"))
        {
            Field.Error(root, "recycle", "write afterAttempts, afterBusinessDays or both: when a lead handed to sales returns to marketing");
        }

        if (map.Has("afterBusinessDays") && !root.Has("calendar"))
        {
            Field.Error(map, "afterBusinessDays", "business days are counted on the agreement's calendar: add a calendar section");
        }

        return new RecycleRules
        {
            AfterAttempts = attempts is null ? null : Field.Count(attempts, "count", required: true),
            AttemptsTrack = attempts is null ? null : ReadTrack(attempts, tracks),
            AfterBusinessDays = days is null ? null : Field.Count(days, "days", required: true),
            DaysTrack = days is null ? null : ReadTrack(days, tracks),
            Tracks = tracks,
        };
    }

    /// <summary>The required track of a recycling reason: one of <paramref name="tracks"/>, as the list writes it.</summary>
    private static string? ReadTrack(YamlMap map, IReadOnlyList<string> tracks) =>
        Field.Text(map, "track", required: true) is { } text ? KnownName(text, tracks, "nurture track", error => Field.Error(map, "track", error)) : null;
}
