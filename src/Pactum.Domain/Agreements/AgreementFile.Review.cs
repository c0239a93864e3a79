using Pactum.Domain.Files;
using Pactum.Domain.Time;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>review</c>: the meeting and revision cadence, and the mid-term and expiry reviews.</content>
public static partial class AgreementFile
{
    private static ReviewCadence ReadReview(YamlMap root, AgreementTerm? term) =>
        Field.Optional(root, "review", AgreementKeys.Review, map => new ReviewCadence
        {
            Meeting = AgreementText.Meetings.Read(map, "meeting"),
            Revision = AgreementText.Revisions.Read(map, "revision"),
            MidTerm = ReadScheduledReview(map, "midTermReview", term),
            AtExpiry = ReadScheduledReview(map, "expiryReview", term),
        });

    private static ScheduledReview? ReadScheduledReview(YamlMap map, string key, AgreementTerm? term)
    {
        var text = Field.Text(map, key);
        if (text is null || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return new ScheduledReview(null);
        }

        if (!DateText.TryParse(text, out var date, out var error, notADate: $"'{text}' is neither true, false nor a date (YYYY-MM-DD)"))
        {
            Field.Error(map, key, error);
            return null;
        }

        if (term is not null && !term.Contains(date))
        {
            Field.Error(map, key, $"{date:uuuu-MM-dd} lies outside the term ({term})");
            return null;
        }

        return new ScheduledReview(date);
    }
}
