namespace Pactum.Domain.Agreements;

/// <summary>The summary every agreement opens with (SPEC A2): what service, for whom, and how success is measured.</summary>
/// <param name="Service">The service promised, e.g. "qualified leads for the sales team".</param>
/// <param name="ForWhom">Who receives it, e.g. "the sales team of Company X".</param>
/// <param name="MeasuredBy">How success is measured, e.g. "qualified leads handed to sales per month".</param>
public sealed record AgreementSummary(string Service, string ForWhom, string MeasuredBy);
