namespace Extraction;

/// <summary>A named-entity mention.</summary>
/// <param name="Span">The name as written (no determiner, no title).</param>
/// <param name="Label">The entity type.</param>
/// <param name="Cluster">The id of the <see cref="EntityCluster"/> the mention belongs to, or <see langword="null"/>.</param>
public readonly record struct Entity(TextSpan Span, EntityLabel Label, int? Cluster = null);
