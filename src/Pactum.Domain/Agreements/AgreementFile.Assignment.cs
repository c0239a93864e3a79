using Pactum.Domain.Assignment;
using Pactum.Domain.Files;

namespace Pactum.Domain.Agreements;

/// <content>Reads <c>assignment</c>: how handed-off leads are given to reps (SPEC L5, G5).</content>
public static partial class AgreementFile
{
    private static AssignmentRules? ReadAssignment(YamlMap root) =>
        Field.Section(root, "assignment", AgreementKeys.Assignment) is { } map
            ? new AssignmentRules
            {
                Method = AgreementText.AssignmentMethods.Read(map, "method") ?? AssignmentMethod.RoundRobin,
                Capacity = Field.Count(map, "capacity"),
                ReassignOnFirstTouchBreach = Field.Bool(map, "reassignOnFirstTouchBreach") ?? false,
            }
            : null;
}
