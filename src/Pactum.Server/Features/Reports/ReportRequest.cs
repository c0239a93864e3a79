using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Reports;
using Pactum.Domain.Time;
using Pactum.Server.Features.Agreements;
using Pactum.Storage.Reports;

namespace Pactum.Server.Features.Reports;

/// <summary>
/// What a report request to the API or a page names: its <see cref="ReportScope"/> (agreement, month, zone), the
/// owner, source and persona filters, and what was wrong, one line per parameter.
/// </summary>
public sealed record ReportRequest(Agreement? Agreement, MonthSpan Month, ReportGoals Goals, ReportFilter Filter, IReadOnlyList<string> Errors)
{
    public static ReportRequest Read(AgreementCatalog catalog, IClock clock, string? agreement, string? month, string? zone, string? owner = null, string? source = null, string? persona = null)
    {
        var errors = new List<string>();
        var scope = ReportScope.Read(catalog.LatestParsed().Select(a => a.Agreement).ToList(), agreement, month, zone, clock.GetCurrentInstant(), errors);
        return new ReportRequest(scope.Agreement, scope.Month, scope.Goals, ReportFilter.Of(owner, source, persona), errors);
    }
}
