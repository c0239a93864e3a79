using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pactum.Domain.Time;
using Pactum.Server.Features.Calculator;

namespace Pactum.Server.Pages.Calculators;

/// <summary>
/// Uptime (SPEC G6): the downtime an availability allows, and the service credit a month's outages earn the customer.
/// </summary>
public sealed class UptimeModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Availability { get; set; }

    /// <summary>The month the credit is for (yyyy-MM, in UTC).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Target { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<string?> Below { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<string?> Credit { get; set; } = [];

    /// <summary>One outage a line: start, end and, when it is excluded, the reason.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Outages { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? MonthlyFee { get; set; }

    public CalculatorAnswer<UptimeAnswer> Budget { get; private set; } = CalculatorAnswer<UptimeAnswer>.Invalid([]);

    public CalculatorAnswer<ServiceCreditAnswer> Credits { get; private set; } = CalculatorAnswer<ServiceCreditAnswer>.Invalid([]);

    public void OnGet()
    {
        Availability ??= "99.9";
        Budget = UptimeAnswer.For(Availability);

        // The cloud uptime sample: 99.9% a month, 10% credit below it and 25% below 99%.
        Month ??= "2026-11";
        Target ??= "99.9%";
        if (Below.Count == 0)
        {
            Below = ["99.9%", "99%"];
            Credit = ["10%", "25%"];
        }

        Outages ??= "2026-11-10T10:00:00Z, 2026-11-10T11:12:00Z\n2026-11-20T01:00:00Z, 2026-11-20T03:00:00Z, planned maintenance announced a week ahead";
        MonthlyFee ??= "2000";
        Credits = MonthSpan.TryParse(Month, NodaTime.DateTimeZone.Utc, out var month, out var error)
            ? CreditQuestion(month).Answer()
            : CalculatorAnswer<ServiceCreditAnswer>.Invalid([$"month: {error}"]);
    }

    private ServiceCreditQuestion CreditQuestion(MonthSpan month)
    {
        var (from, to) = (month.Start, month.End);
        var tiers = FormRows.Filled(Below, Credit)
            .Select(i => new CreditTierRow(FormRows.At(Below, i), FormRows.At(Credit, i)))
            .ToList();
        var outages = (Outages ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(',', 3, StringSplitOptions.TrimEntries))
            .Select(parts => new OutageRow(parts[0], parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null))
            .ToList();
        return new ServiceCreditQuestion(InstantText.Format(from), InstantText.Format(to), Target, tiers, outages, MonthlyFee);
    }
}
