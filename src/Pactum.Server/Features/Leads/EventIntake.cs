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

    /// <summary>Checks and appends <paramref name="inputs"/>.</summary>
    public IntakeAnswer Take(IReadOnlyList<EventInput> inputs)
    {
        var checkedInputs = Check(inputs);
        return checkedInputs.Answer(log.Append(checkedInputs.Valid));
    }

    /// <summary>
    /// Checks and appends the events of a signed webhook <paramref name="delivery"/> (see <see cref="EventLog.Receive"/>):
    /// a redelivery changes nothing, a used webhook-id with another body is a conflict (no answer per event), and a
    /// delivery whose events were all rejected leaves its webhook-id free.
    /// </summary>
    public (DeliveryReceipt Receipt, IntakeAnswer? Answer) Receive(IReadOnlyList<EventInput> inputs, WebhookDelivery delivery)
    {
        var checkedInputs = Check(inputs);
        var receipt = log.Receive(checkedInputs.Valid, delivery);
        return (receipt, receipt.State == DeliveryState.Conflict ? null : checkedInputs.Answer(receipt.Outcomes));
    }

    private static CheckedInputs Check(IReadOnlyList<EventInput> inputs)
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

        return new CheckedInputs(outcomes, valid, positions);
    }

    /// <summary>The inputs checked: the rejected ones answered, the valid ones and where each stood in the delivery.</summary>
    private sealed record CheckedInputs(EventOutcome[] Outcomes, List<LeadEvent> Valid, List<int> Positions)
    {
        /// <summary>The answer once the valid events were appended with <paramref name="appended"/> (in their order).</summary>
        public IntakeAnswer Answer(IReadOnlyList<EventOutcome> appended)
        {
            for (var j = 0; j < appended.Count; j++)
            {
                Outcomes[Positions[j]] = appended[j];
            }

            return new IntakeAnswer(AppendTotals.Of(Outcomes), Outcomes);
        }
    }
}

/// <summary>The answer to a delivery: the totals, and one result per event in the order given.</summary>
public sealed record IntakeAnswer(AppendTotals Totals, IReadOnlyList<EventOutcome> Results);
