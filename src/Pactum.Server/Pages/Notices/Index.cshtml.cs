using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Pactum.Domain.Notices;
using Pactum.Storage.Notices;

namespace Pactum.Server.Pages.Notices;

/// <summary>
/// Notices out: the webhook endpoints and SMTP server from the settings file with their delivery counts, the dead
/// letters (each can be sent again), and the latest deliveries with their attempts.
/// </summary>
public sealed class IndexModel(NoticeOutbox outbox, PactumServerOptions options, IClock clock) : PageModel
{
    public NoticeSettings Settings => options.Notices;

    public IReadOnlyList<(string Channel, string Target, DeliveryState State, long Count)> Totals { get; private set; } = [];

    public IReadOnlyList<NoticeDelivery> Dead { get; private set; } = [];

    public IReadOnlyList<NoticeDelivery> Latest { get; private set; } = [];

    public long Waiting { get; private set; }

    /// <summary>The delivery just sent again, to say so.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Retried { get; set; }

    public void OnGet()
    {
        Totals = outbox.Totals();
        Dead = outbox.Deliveries(DeliveryState.Dead, 100);
        Latest = outbox.Deliveries(take: 50);
        Waiting = outbox.Waiting();
    }

    public IActionResult OnPostRetry(long id)
    {
        if (!outbox.Retry(id, clock.GetCurrentInstant()))
        {
            return NotFound();
        }

        return RedirectToPage(new { retried = id });
    }

    /// <summary>How many deliveries to <paramref name="target"/> on <paramref name="channel"/> are in <paramref name="state"/>.</summary>
    public long Count(string channel, string target, DeliveryState state) =>
        Totals.Where(t => t.Channel == channel && t.Target == target && t.State == state).Sum(t => t.Count);

    /// <summary>The e-mail addresses deliveries went to.</summary>
    public IEnumerable<string> EmailTargets => Totals.Where(t => t.Channel == "email").Select(t => t.Target).Distinct();
}
