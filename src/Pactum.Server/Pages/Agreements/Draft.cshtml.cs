using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Time;
using Pactum.Server.Features.Agreements;
using Pactum.Storage.Reports;

namespace Pactum.Server.Pages.Agreements;

/// <summary>
/// Drafts an agreement step by step (SPEC A8) from a template: each step edits its part of the YAML file with a prompt
/// and an example; the last step shows the whole file, its errors and the realism checks, and downloads or saves it.
/// Every step's text travels in the form, so nothing is stored until the draft is saved.
/// </summary>
public sealed class DraftModel(AgreementCatalog catalog, ReportStore reports, IClock clock) : PageModel
{
    /// <summary>The templates: a key, the sample file it starts from, and its name's text key.</summary>
    public static readonly IReadOnlyList<(string Key, string File)> Templates =
    [
        ("marketing-sales", "company-x-internal.yaml"), ("multi-level", "company-x-multi-level.yaml"), ("customer-uptime", "cloud-uptime.yaml"), ("delivery", "paper-delivery.yaml"),
    ];

    /// <summary>A short example per step.</summary>
    public static readonly IReadOnlyDictionary<string, string> Examples = new Dictionary<string, string>
    {
        ["summary"] = "id: acme-internal\ntitle: Acme marketing → sales SLA\nkind: internal\nversion: 1\nterm: { starts: 2027-01-01, ends: 2027-12-31 }\nsummary:\n  service: Qualified leads, followed up fast\n  forWhom: Acme's sales team\n  measuredBy: Leads a month and follow-up speed\nparties:\n  - { id: marketing, name: Marketing }\n  - { id: sales, name: Sales }",
        ["goals"] = "goals:\n  - id: qualified-leads\n    name: Qualified leads\n    owner: marketing\n    metric: qualified leads handed to sales\n    period: month\n    measure: leads-handed-off\n    derive: { quota: 5000, marketingShare: 100%, dealSize: 100, closeRate: 50% }",
        ["requirements"] = "requirements:\n  - { id: pipeline-status-report, from: sales, to: marketing, what: Weekly pipeline status report, cadence: { count: 4, per: month } }",
        ["contacts"] = "contacts:\n  - { name: Amir, party: marketing, role: Marketing director, email: amir@acme.example, talksTo: [Kendra] }\n  - { name: Kendra, party: sales, role: Sales director, email: kendra@acme.example, talksTo: [Amir] }",
        ["consequences"] = "consequences:\n  remediation: The owner of a missed goal brings a recovery plan to the next review.\n  strikes: { diagnosedBy: marketing, fixedBy: sales, beforeEscalation: 3, escalateTo: the CEO }",
        ["cancellation"] = "cancellation:\n  conditions:\n    - { goalsMissedInARow: 3 }\n  description: Three missed months flag the agreement for renegotiation.",
        ["review"] = "review:\n  meeting: monthly\n  revision: quarterly\n  midTermReview: true\n  expiryReview: true",
    };

    [BindProperty(SupportsGet = true)]
    public string? Template { get; set; }

    [BindProperty]
    public int Step { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Parts { get; set; } = [];

    [BindProperty]
    public int? Reps { get; set; }

    [BindProperty]
    public decimal? HoursPerRep { get; set; }

    [BindProperty]
    public decimal? MinutesPerAttempt { get; set; }

    /// <summary>The number of the last step (the result).</summary>
    public static int ResultStep => DraftSections.Steps.Count + 1;

    public string Yaml { get; private set; } = "";

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<RealismFinding> Findings { get; private set; } = [];

    public Agreement? Parsed { get; private set; }

    public void OnGet()
    {
        Step = 0;
    }

    /// <summary>Moves to step <paramref name="to"/>; choosing a template (step 0) fills every part from it.</summary>
    public IActionResult OnPost(int to)
    {
        if (Step == 0)
        {
            var file = Templates.FirstOrDefault(t => t.Key == Template).File ?? Templates[0].File;
            var yaml = AgreementCatalog.Samples().First(s => s.FileName == file).Yaml;
            Parts = DraftSections.Split(yaml).ToDictionary(p => p.Key, p => (string?)p.Value);
        }

        Step = Math.Clamp(to, 1, ResultStep);
        Build();
        return Page();
    }

    public IActionResult OnPostDownload()
    {
        Build();
        var id = Parsed?.Id ?? "agreement";
        return File(System.Text.Encoding.UTF8.GetBytes(Yaml), "application/yaml; charset=utf-8", $"{id}.yaml");
    }

    public IActionResult OnPostSave()
    {
        Build();
        if (Parsed is null)
        {
            Step = ResultStep;
            return Page();
        }

        var upload = catalog.Upload(Yaml, $"{Parsed.Id}.yaml", "draft");
        if (upload.Stored is null)
        {
            Errors = upload.Errors.Select(e => e.ToString()).ToList();
            Step = ResultStep;
            return Page();
        }

        return Redirect($"/agreements/{upload.Stored.Id}");
    }

    private void Build()
    {
        Yaml = DraftSections.Join(Parts);
        var parsed = AgreementFile.Parse(Yaml, "draft.yaml");
        Errors = parsed.Errors.Select(e => e.ToString()).ToList();
        Parsed = parsed.Value;
        if (Parsed is not null)
        {
            var team = Reps is > 0 && HoursPerRep is > 0 && MinutesPerAttempt is > 0 ? new SalesTeam(Reps.Value, HoursPerRep.Value, MinutesPerAttempt.Value) : null;
            Findings = RealismCheck.Of(Parsed, BestRecentMonth(Parsed), team);
        }
    }

    // The most leads handed off in one of the last three whole months, in the draft's zone; null when none were.
    private long? BestRecentMonth(Agreement agreement)
    {
        var zone = agreement.Calendar?.Zone ?? DateTimeZone.Utc;
        var month = clock.GetCurrentInstant().InZone(zone).Date.ToYearMonth();
        var best = Enumerable.Range(1, 3).Max(back => reports.HandedOffPerDay(new MonthSpan(month.PlusMonths(-back), zone)).Sum());
        return best > 0 ? best : null;
    }
}
