using Microsoft.AspNetCore.Http.HttpResults;
using Pactum.Domain.Clocks;
using Pactum.Domain.Time;
using Pactum.Storage.Agreements;
using Pactum.Storage.Clocks;

namespace Pactum.Server.Features.Clocks;

/// <summary>The clocks that need someone now, and the replay of an agreement's clocks, through the API.</summary>
internal static class ClocksNowEndpoints
{
    public static void MapClocksNowEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/clocks/now", (ClockStore store) => TypedResults.Ok(store.NeedingAction().Select(ClockNowLine.From).ToList()))
            .WithTags("Clocks")
            .WithSummary("Open clocks in warning or breached, by lead owner, soonest deadline first.");

        app.MapPost("/api/agreements/{id}/clocks/replay", Results<Ok<IReadOnlyList<ClockReplayLine>>, NotFound> (string id, bool? apply, AgreementStore agreements, ClockStore store) =>
            agreements.Find(id) is null
                ? TypedResults.NotFound()
                : TypedResults.Ok<IReadOnlyList<ClockReplayLine>>(store.Replay(id, apply ?? false).Select(ClockReplayLine.From).ToList()))
            .WithTags("Clocks")
            .WithSummary("Judges every clock run of the agreement — closed ones too — under its latest version and lists what moves; ?apply=true records it (append-only), otherwise nothing is written.");
    }
}

/// <summary>An open clock in warning or breached: the lead, its owner, the clock, the state and the deadline (ISO-8601 UTC).</summary>
public sealed record ClockNowLine(string LeadId, string? Owner, string AgreementId, string ClockId, string Party, int Run, string State, string? Due, string CalendarZone)
{
    public static ClockNowLine From(ClockNeedingAction c) =>
        new(c.LeadId, c.Owner, c.AgreementId, c.ClockId, c.Party, c.Run, ClockStates.ToText(c.State), c.Due is { } due ? InstantText.Format(due) : null, c.CalendarZone);
}

/// <summary>A run a replay moves: its state and deadline before and after.</summary>
public sealed record ClockReplayLine(string LeadId, string ClockId, int Run, string StateBefore, string StateAfter, string? DueBefore, string? DueAfter)
{
    public static ClockReplayLine From(ClockRunChange c) => new(
        c.LeadId, c.ClockId, c.Run, ClockStates.ToText(c.StateBefore), ClockStates.ToText(c.StateAfter),
        c.DueBefore is { } before ? InstantText.Format(before) : null, c.DueAfter is { } after ? InstantText.Format(after) : null);
}
