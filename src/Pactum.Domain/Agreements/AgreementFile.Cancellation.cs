using Pactum.Domain.Files;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>cancellation</c>: the conditions that flag the agreement for renegotiation.</content>
public static partial class AgreementFile
{
    private static Cancellation ReadCancellation(YamlMap root) =>
        Field.Optional(root, "cancellation", AgreementKeys.Cancellation, map => new Cancellation
        {
            Conditions = Field.Items(map, "conditions", AgreementKeys.Condition).Select(ReadCondition).OfType<CancellationCondition>().ToList(),
            Description = Field.Text(map, "description"),
        });

    private static CancellationCondition? ReadCondition(YamlMap map)
    {
        var missed = map.Has("goalsMissedInARow");
        var strikes = map.Has("strikes");
        if (missed == strikes)
        {
            map.Errors.Add(map.Node, map.Path, "write exactly one condition: { goalsMissedInARow: 3 } or { strikes: 3, within: quarter }");
            return null;
        }

        if (missed)
        {
            if (map.Has("within"))
            {
                Field.Error(map, "within", "belongs to a strikes condition; goalsMissedInARow counts the goal's own periods");
            }

            return Field.Count(map, "goalsMissedInARow") is { } count ? new GoalsMissedInARow(count) : null;
        }

        var strikeCount = Field.Count(map, "strikes");
        var within = AgreementText.Periods.Read(map, "within");
        return strikeCount is null || (within is null && map.Has("within")) ? null : new StrikesWithin(strikeCount.Value, within);
    }
}
