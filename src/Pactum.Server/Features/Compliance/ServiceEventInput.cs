using NodaTime;
using Pactum.Domain.Compliance;
using Pactum.Domain.Limits;
using Pactum.Domain.Time;

namespace Pactum.Server.Features.Compliance;

/// <summary>
/// One service event as the API takes it (SPEC G6, R8): <c>type</c> is <c>outage</c> (<c>at</c>, <c>ends</c>,
/// <c>cause</c>, <c>excluded</c>), <c>delivery</c> (<c>at</c>, <c>quantity</c>, <c>confirmedBy</c>) or
/// <c>friction_note</c> (<c>at</c>, <c>customer</c>, <c>painPoint</c>, <c>category</c>, <c>recordedBy</c>); <c>id</c>
/// makes sending it twice harmless.
/// </summary>
public sealed record ServiceEventInput(
    string? Id, string? Type, string? At, string? Ends, string? Cause, bool? Excluded, decimal? Quantity, string? ConfirmedBy,
    string? Customer, string? PainPoint, string? Category, string? RecordedBy)
{
    /// <summary>The event for <paramref name="agreementId"/>, or the problems with this input, each naming the field (prefixed with <paramref name="where"/>).</summary>
    public (ServiceEvent? Event, IReadOnlyList<string> Problems) ToEvent(string agreementId, string where)
    {
        var problems = InputLimits.Problems(
            ($"{where}.id", Id, InputLimits.MaxIdLength), ($"{where}.cause", Cause, InputLimits.MaxTextLength), ($"{where}.confirmedBy", ConfirmedBy, InputLimits.MaxIdLength),
            ($"{where}.customer", Customer, InputLimits.MaxNameLength), ($"{where}.painPoint", PainPoint, InputLimits.MaxTextLength), ($"{where}.category", Category, InputLimits.MaxNameLength),
            ($"{where}.recordedBy", RecordedBy, InputLimits.MaxIdLength)).ToList();
        string Required(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{where}.{field}: is required");
            }

            return value?.Trim() ?? "";
        }

        Instant? Time(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{where}.{field}: is required (an instant such as 2026-11-02T14:00:00Z)");
                return null;
            }

            if (!InstantText.TryParse(value, out var instant, out var error))
            {
                problems.Add($"{where}.{field}: {error}");
                return null;
            }

            return instant;
        }

        var id = Required(Id, "id");
        var start = Time(At, "at");
        var at = start ?? default; // only used when there is no problem, so when it was given
        ServiceEvent? built = null;
        switch (Type?.Trim())
        {
            case "outage":
                var ends = Time(Ends, "ends");
                if (start is { } a && ends is { } e && e < a)
                {
                    problems.Add($"{where}.ends: must not be before at ({At})");
                }

                built = new OutageEvent(id, agreementId, at, ends ?? at, Required(Cause, "cause"), Excluded ?? false);
                break;
            case "delivery":
                if (Quantity is not > 0)
                {
                    problems.Add($"{where}.quantity: is required and must be above 0");
                }

                built = new DeliveryEvent(id, agreementId, at, Quantity ?? 0, string.IsNullOrWhiteSpace(ConfirmedBy) ? null : ConfirmedBy.Trim());
                break;
            case "friction_note":
                built = new FrictionNoteEvent(id, agreementId, at, Required(Customer, "customer"), Required(PainPoint, "painPoint"), Required(Category, "category"), Required(RecordedBy, "recordedBy"));
                break;
            default:
                problems.Add($"{where}.type: '{Type}' is not a service event type; expected outage, delivery or friction_note");
                break;
        }

        return problems.Count == 0 ? (built, problems) : (null, problems);
    }
}
