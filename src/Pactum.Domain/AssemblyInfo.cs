namespace Pactum.Domain;

/// <summary>Marks the domain assembly, for reflection (tests check it stays free of I/O frameworks).</summary>
public static class DomainAssembly
{
    /// <summary>The domain assembly.</summary>
    public static System.Reflection.Assembly Assembly => typeof(DomainAssembly).Assembly;
}
