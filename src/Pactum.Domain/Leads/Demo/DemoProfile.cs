namespace Pactum.Domain.Leads.Demo;

/// <summary>What the demo knows of a lead for its fit (SPEC L4): role, seniority, buying role, company size and region.</summary>
internal sealed record DemoProfile(string Role, string Seniority, string BuyingRole, int Employees, string Region);
