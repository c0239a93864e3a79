using NodaTime;
using Pactum.Domain.Clocks;
using Pactum.Domain.Files;
using Pactum.Domain.Leads;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>clocks</c>: the SLA clocks put on every lead (SPEC C2).</content>
public static partial class AgreementFile
{
    private static readonly string[] EventLists = ["start", "stop", "pause", "resume", "cancel"];

    private static List<ClockDefinition> ReadClocks(YamlMap root, AgreementReferences references)
    {
        var clocks = new List<ClockDefinition>();
        var ids = new UniqueNames("clock id");
        foreach (var map in Field.Items(root, "clocks", AgreementKeys.Clock))
        {
            var id = Field.Slug(map, "id");
            var unique = id is not null && ids.Claim(map, "id", id);
            var name = Field.Text(map, "name", required: true);
            var party = references.Party(map, "party");
            var kind = AgreementText.ClockKinds.Read(map, "kind", required: true);
            var goal = ReadClockGoal(map, "goal", required: true);
            var warnAt = Field.Fraction(map, "warnAt");
            if (warnAt is 0m or 1m)
            {
                Field.Error(map, "warnAt", "must be a share between 0% and 100%, both excluded (e.g. 75%)");
            }

            var attempts = Field.Count(map, "attempts", required: kind == ClockKind.Attempts);
            var minimumGap = ReadClockGoal(map, "minimumGap", required: false);
            var events = EventLists.ToDictionary(list => list, list => ReadEventTypes(map, list));
            CheckClockShape(map, kind, attempts, minimumGap);
            if (unique && name is not null && party is not null && kind is not null && goal is not null && map.Errors.Count == 0)
            {
                clocks.Add(Clock(id!, name, party, kind.Value, goal, events) with
                {
                    WarnShare = warnAt ?? 0.75m,
                    Attempts = attempts ?? 1,
                    MinimumGap = minimumGap?.BusinessTime ?? Duration.Zero,
                });
            }
        }

        return clocks;
    }

    private static ClockDefinition Clock(string id, string name, string party, ClockKind kind, ClockGoal goal, Dictionary<string, HashSet<LeadEventType>> events)
    {
        var common = ClockDefinition.Of(id, name, party, kind, goal);
        return common with
        {
            Start = kind == ClockKind.Custom ? events["start"] : common.Start,
            Stop = kind == ClockKind.Custom ? events["stop"] : common.Stop,
            Cancel = events["cancel"].Count > 0 ? events["cancel"] : common.Cancel,
            Pause = events["pause"],
            Resume = events["resume"],
        };
    }

    /// <summary>Records what does not fit the clock's kind: start and stop events of a common kind, a custom clock without them.</summary>
    private static void CheckClockShape(YamlMap map, ClockKind? kind, int? attempts, ClockGoal? minimumGap)
    {
        foreach (var list in new[] { "start", "stop" })
        {
            if (kind is not null and not ClockKind.Custom && map.Has(list))
            {
                Field.Error(map, list, $"a {AgreementText.ClockKinds.TextOf(kind.Value)} clock sets its own {list} events; write kind: custom to choose them");
            }
            else if (kind == ClockKind.Custom && !map.Has(list))
            {
                Field.Error(map, list, $"is required for a custom clock: the event types that {list} it (e.g. [handed_off])");
            }
        }

        if (kind is not null and not ClockKind.Attempts && (attempts is not null || map.Has("minimumGap")))
        {
            Field.Error(map, attempts is not null ? "attempts" : "minimumGap", "belongs to an attempts clock (kind: attempts)");
        }

        if (minimumGap is { BusinessTime: null })
        {
            Field.Error(map, "minimumGap", "write it in minutes or hours of business time (e.g. 2 hours)");
        }

        if (map.Has("pause") != map.Has("resume"))
        {
            Field.Error(map, map.Has("pause") ? "resume" : "pause", "pause and resume come together: a paused clock needs the events that resume it");
        }
    }

    private static ClockGoal? ReadClockGoal(YamlMap map, string key, bool required)
    {
        var text = Field.Text(map, key, required);
        if (text is null)
        {
            return null;
        }

        if (ClockGoal.TryParse(text, out var goal, out var error))
        {
            return goal;
        }

        Field.Error(map, key, error);
        return null;
    }

    private static HashSet<LeadEventType> ReadEventTypes(YamlMap map, string key)
    {
        var types = new HashSet<LeadEventType>();
        foreach (var (text, item) in Field.Texts(map, key))
        {
            if (LeadEventTypes.TryParse(text, out var type, out var error))
            {
                types.Add(type);
            }
            else
            {
                item.Error(error);
            }
        }

        return types;
    }
}
