namespace Extraction;

/// <summary>The annotation layers of a <see cref="Document"/>; options name the ones a caller wants.</summary>
[Flags]
public enum Layers
{
    /// <summary>No layer.</summary>
    None = 0,

    /// <summary>Tokens.</summary>
    Tokens = 1,

    /// <summary>Sentences.</summary>
    Sentences = 2,

    /// <summary>Named-entity mentions.</summary>
    Entities = 4,

    /// <summary>Entity clusters (coreference).</summary>
    Clusters = 8,

    /// <summary>Claims with their speakers.</summary>
    Claims = 16,

    /// <summary>Every layer.</summary>
    All = Tokens | Sentences | Entities | Clusters | Claims,
}
