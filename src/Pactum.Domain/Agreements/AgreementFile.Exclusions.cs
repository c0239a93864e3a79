using Pactum.Domain.Calendars;
using Pactum.Domain.Files;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>exclusions</c>: windows of unexpected events that pause clocks (SPEC A6).</content>
public static partial class AgreementFile
{
    private static List<Closure> ReadExclusions(YamlMap root)
    {
        var windows = new List<Closure>();
        foreach (var map in Field.Items(root, "exclusions", AgreementKeys.Exclusion))
        {
            var from = Field.Instant(map, "from", required: true);
            var to = Field.Instant(map, "to", required: true);
            var reason = Field.Text(map, "reason", required: true);
            if (from is not null && to <= from)
            {
                Field.Error(map, "to", "must be after 'from': an exclusion is the span [from, to)");
            }
            else if (from is not null && to is not null && reason is not null)
            {
                windows.Add(new Closure(from.Value, to.Value, reason));
            }
        }

        return windows;
    }
}
