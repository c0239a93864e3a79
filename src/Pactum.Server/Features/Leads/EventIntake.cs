using Pactum.Domain.Leads;
using Pactum.Domain.Leads.Import;
using Pactum.Storage.Leads;

namespace Pactum.Server.Features.Leads;

/// <summary>
/// Takes events from the API and webhooks: checks each like a generic CSV row, appends the valid ones in one
/// transaction (all or nothing), and answers for every event in the order given.
/// </summary>
public sealed class EventIntake(EventLog log)
{
    /// <summary>The most events one request may carry.</summary>
    public const int MaxBatch = 10_000;

    private static readonly GenericEventMapper Mapper = new();

    /// <summary>Checks and appends <paramref name="inputs"/>; <paramref name="deliveryId"/> (a webhook-id) makes a redelivery a no-op.</summary>
    public IntakeAnswer Take(IReadOnlyList<EventInput> inputs, string? deliveryId = null)
    {
        var outcomes = new EventOutcome[inputs.Count];
        var valid = new List<LeadEvent>(inputs.Count);
        var positions = new List<int>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var mapping = Mapper.Map(inputs[i].ToRow());
            if (mapping.Error is { } error)
            {
                outcomes[i] = new EventOutcome(inputs[i].EventId ?? "", AppendOutcome.Rejected, error);
                continue;
            }

            valid.Add(mapping.Events[0]);
            positions.Add(i);
        }

        var appended = log.Append(valid, deliveryId);
        for (var j = 0; j < appended.Count; j++)
        {
            outcomes[positions[j]] = appended[j];
        }

        return new IntakeAnswer(AppendTotals.Of(outcomes), outcomes);
    }
}

/// <summary>The answer to a delivery: the totals, and one result per event in the order given.</summary>
public sealed record IntakeAnswer(AppendTotals Totals, IReadOnlyList<EventOutcome> Results);
