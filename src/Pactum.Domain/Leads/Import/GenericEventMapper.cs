using System.Globalization;
using Pactum.Domain.Calculator;
using Pactum.Domain.Time;

namespace Pactum.Domain.Leads.Import;

/// <summary>
/// The generic event CSV of SPEC I4: one event a row, columns
/// <c>event_id,lead_id,type,occurred_at,source,owner,persona,amount,channel,outcome,reason</c> (header required, extra
/// columns ignored) plus the optional <c>asset</c>, <c>score</c>, <c>track</c>, the engagement's <c>activity</c> (required on
/// <c>engaged</c>) and the fit properties <c>role</c>, <c>seniority</c>, <c>buying_role</c> (<c>decision-maker</c> or
/// <c>influencer</c>), <c>employees</c> (a whole number) and <c>region</c>. <c>event_id</c>, <c>lead_id</c>,
/// <c>type</c> and <c>occurred_at</c> (ISO-8601 with Z or an offset) are required; the other cells may be empty.
/// </summary>
public sealed class GenericEventMapper : IEventRowMapper
{
    /// <summary>The columns every generic file must have.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["event_id", "lead_id", "type", "occurred_at"];

    /// <inheritdoc />
    public string Format => "generic";

    /// <inheritdoc />
    public IReadOnlyList<string> CheckHeader(IReadOnlyList<string> headers)
    {
        var missing = RequiredColumns.Where(c => !headers.Any(h => string.Equals(h.Trim(), c, StringComparison.OrdinalIgnoreCase))).ToList();
        return missing.Count == 0
            ? []
            : [$"the header lacks {string.Join(", ", missing)}; a generic event file needs {string.Join(",", RequiredColumns)} (found: {string.Join(",", headers)})"];
    }

    /// <inheritdoc />
    public RowMapping Map(CsvRow row)
    {
        var errors = new List<string>();
        var eventId = Required(row, "event_id", errors);
        var leadId = Required(row, "lead_id", errors);
        var type = LeadEventType.LeadCreated;
        if (Required(row, "type", errors) is { } typeText && !LeadEventTypes.TryParse(typeText, out type, out var typeError))
        {
            errors.Add($"type: {typeError}");
        }

        var occurredAt = Required(row, "occurred_at", errors) is { } at ? InstantText.ParseField("occurred_at", at, errors) : default;
        var source = Source(row, errors);
        var amount = Number(row, "amount", errors);
        var score = Number(row, "score", errors);
        var employees = Employees(row, errors);
        var buyingRole = BuyingRole(row, errors);
        if (type == LeadEventType.Engaged && row["activity"] is null)
        {
            errors.Add("activity: an engaged event needs the activity (page_visit, content_download, email_click, webinar, demo_request …)");
        }

        if (errors.Count > 0)
        {
            return RowMapping.Rejected(string.Join("; ", errors));
        }

        return RowMapping.Of(new LeadEvent
        {
            EventId = eventId!,
            LeadId = leadId!,
            Type = type,
            OccurredAt = occurredAt,
            Source = source,
            Owner = row["owner"],
            Persona = row["persona"],
            Amount = amount,
            Channel = row["channel"],
            Outcome = row["outcome"],
            Reason = row["reason"],
            Asset = row["asset"],
            Score = score,
            Track = row["track"],
            Activity = row["activity"],
            Role = row["role"],
            Seniority = row["seniority"],
            BuyingRole = buyingRole,
            Employees = employees,
            Region = row["region"],
        }); // already normal: cells come trimmed, blank ones as null, numbers normalized
    }

    private static string? Required(CsvRow row, string column, List<string> errors)
    {
        var value = row[column];
        if (value is null)
        {
            errors.Add($"{column}: is required");
        }

        return value;
    }

    private static string? Source(CsvRow row, List<string> errors)
    {
        if (row["source"] is not { } text)
        {
            return null;
        }

        if (LeadSources.TryParse(text, out var source, out var error))
        {
            return source;
        }

        errors.Add($"source: {error}");
        return null;
    }

    private static int? Employees(CsvRow row, List<string> errors)
    {
        if (row["employees"] is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add($"employees: '{text}' is not a whole number of people (write it like 250)");
        return null;
    }

    private static string? BuyingRole(CsvRow row, List<string> errors)
    {
        if (row["buying_role"] is not { } text)
        {
            return null;
        }

        if (LeadProfile.TryParseBuyingRole(text, out var role))
        {
            return role;
        }

        errors.Add($"buying_role: '{text}' is not a buying role; expected decision-maker or influencer");
        return null;
    }

    private static decimal? Number(CsvRow row, string column, List<string> errors)
    {
        if (row[column] is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value.Normalize();
        }

        errors.Add($"{column}: '{text}' is not a number (write it like 1234.5)");
        return null;
    }
}
