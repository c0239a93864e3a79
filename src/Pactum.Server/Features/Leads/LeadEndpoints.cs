using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Limits;
using Pactum.Domain.Time;
using Pactum.Server.Infrastructure;
using Pactum.Storage.Leads;

namespace Pactum.Server.Features.Leads;

/// <summary>Leads as their events make them: a filtered list, and one lead with its events and anomalies.</summary>
internal static class LeadEndpoints
{
    public static void MapLeadEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/leads").WithTags("Leads");

        api.MapGet("/", Results<Ok<LeadList>, ProblemHttpResult> (LeadStore leads, string? status, string? owner, string? source, string? persona, string? month, string? zone, bool? anomalies, int? skip, int? take) =>
        {
            var filter = LeadFilter.Read(status, owner, source, persona, month, zone, anomalies, skip, take);
            if (filter.Errors.Count > 0)
            {
                return FileErrorProblem.For("The lead filter is not valid.", filter.Errors);
            }

            var page = leads.List(filter.Query);
            return TypedResults.Ok(new LeadList(page.Total, page.Leads.Select(LeadLine.From).ToList()));
        })
        .WithSummary("Leads, filtered by status, owner, source, persona and the month of their first hand-off (in zone, UTC by default).");

        api.MapGet("/{id}", Results<Ok<LeadDetail>, NotFound> (string id, HttpContext context, LeadStore leads) =>
            leads.Story(LeadPath.IdOf(context, id)) is { } story ? TypedResults.Ok(new LeadDetail(story.Lead, story.Events.Select(EventLine.From).ToList())) : TypedResults.NotFound())
            .WithSummary("One lead: its stage, status, hand-off, attempts, outcome, status history, anomalies, and every event in order.")
            .WithDescription(LeadPath.Addressing);
    }
}

/// <summary>A page of leads and how many match.</summary>
public sealed record LeadList(long Total, IReadOnlyList<LeadLine> Leads);

/// <summary>One lead in a list; stage and status as written in filters (<c>in_progress</c>).</summary>
public sealed record LeadLine(string LeadId, string Stage, string Status, string? Owner, string? Source, string? Persona, string? CreatedAt, string? FirstHandOff, int Anomalies, int Events)
{
    public static LeadLine From(LeadSummary s) => new(
        s.LeadId, LeadNames.Of(s.Stage), LeadNames.Of(s.Status), s.Owner, s.Source, s.Persona,
        s.CreatedAt is { } c ? InstantText.Format(c) : null, s.FirstHandOff is { } h ? InstantText.Format(h) : null, s.Anomalies, s.Events);
}

/// <summary>A lead with its events, oldest first.</summary>
public sealed record LeadDetail(Lead Lead, IReadOnlyList<EventLine> Events);

/// <summary>One event of a lead's timeline, with when it happened and when Pactum received it.</summary>
public sealed record EventLine(string EventId, string Type, string OccurredAt, string ReceivedAt, string? Source, string? Owner, string? Persona, decimal? Amount, string? Channel, string? Outcome, string? Reason, string? Asset, decimal? Score, string? Track,
    string? Activity = null, string? Role = null, string? Seniority = null, string? BuyingRole = null, int? Employees = null, string? Region = null)
{
    public static EventLine From(RecordedEvent r) => new(
        r.Event.EventId, r.Event.Type.ToText(), InstantText.Format(r.Event.OccurredAt), InstantText.Format(r.ReceivedAt),
        r.Event.Source, r.Event.Owner, r.Event.Persona, r.Event.Amount, r.Event.Channel, r.Event.Outcome, r.Event.Reason, r.Event.Asset, r.Event.Score, r.Event.Track,
        r.Event.Activity, r.Event.Role, r.Event.Seniority, r.Event.BuyingRole, r.Event.Employees, r.Event.Region);
}

/// <summary>A lead filter read from text (query string or form), with every problem named.</summary>
public sealed record LeadFilter(LeadQuery Query, IReadOnlyList<string> Errors, DateTimeZone Zone)
{
    public static LeadFilter Read(string? status, string? owner, string? source, string? persona, string? month, string? zone, bool? anomalies, int? skip, int? take)
    {
        var errors = new List<string>();
        var query = new LeadQuery { Owner = owner, Source = source, Persona = persona, AnomaliesOnly = anomalies == true, Skip = skip ?? 0, Take = take ?? 100 };
        if (query.Skip < 0)
        {
            errors.Add($"skip: {query.Skip} is not a number of leads to skip; expected 0 or more");
        }

        if (query.Take is < 1 or > InputLimits.MaxPageSize)
        {
            errors.Add($"take: {query.Take} leads a page is not possible; expected 1 to {InputLimits.MaxPageSize:N0} (read more with skip)");
        }

        errors.AddRange(InputLimits.Problems(("owner", owner, InputLimits.MaxIdLength), ("source", source, InputLimits.MaxNameLength), ("persona", persona, InputLimits.MaxNameLength)));

        if (!string.IsNullOrWhiteSpace(status))
        {
            if (LeadNames.TryParse(status, out LeadStatus parsed))
            {
                query = query with { Status = parsed };
            }
            else
            {
                errors.Add($"status: '{status}' is not a lead status; expected one of: {string.Join(", ", LeadNames.Statuses)}");
            }
        }

        var timeZone = TimeZoneText.ParseField("zone", zone, errors);

        if (!string.IsNullOrWhiteSpace(month))
        {
            if (MonthSpan.TryParse(month, timeZone, out var span, out var error))
            {
                query = query with { HandedOffFrom = span.Start, HandedOffTo = span.End };
            }
            else
            {
                errors.Add($"month: {error}");
            }
        }

        return new LeadFilter(query, errors, timeZone);
    }
}
