namespace Pactum.Domain.Tests.Architecture;

/// <summary>The domain stays pure: no database, web or storage framework may be referenced by it.</summary>
public sealed class DomainPurityTests
{
    private static readonly string[] Forbidden =
    [
        "Microsoft.EntityFrameworkCore", // EF Core belongs in storage
        "Microsoft.AspNetCore", // the web host belongs in the server
        "Microsoft.Data.Sqlite", // storage
        "Npgsql", // storage
        "Dapper", // storage
        "Pactum.Storage", // the domain knows no storage
        "Pactum.Server", // nor the server
        "System.Net.Http", // nor the network
    ];

    [Fact]
    public void References_DomainAssembly_NamesNoIoFramework()
    {
        var references = DomainAssembly.Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        var offending = references.Where(name => Forbidden.Any(f => name.StartsWith(f, StringComparison.Ordinal))).ToList();

        Assert.Empty(offending);
        Assert.Contains("NodaTime", references);
    }

    [Fact]
    public void Types_DomainAssembly_NoneReadsTheSystemClock()
    {
        // A type that stores NodaTime's SystemClock would read "now" itself instead of having it injected.
        var fields = DomainAssembly.Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(NodaTime.SystemClock))
            .Select(f => $"{f.DeclaringType}.{f.Name}")
            .ToList();

        Assert.Empty(fields);
    }
}
