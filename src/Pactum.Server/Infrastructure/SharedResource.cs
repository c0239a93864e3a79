namespace Pactum.Server;

/// <summary>The key type for the interface texts in Resources/SharedResource.resx (one file per language).</summary>
public sealed class SharedResource;
