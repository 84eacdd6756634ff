using System.Collections.Immutable;

namespace Extraction;

/// <summary>All the mentions of one entity in a document: names, descriptions and pronouns.</summary>
/// <param name="Id">The cluster id, its index in <see cref="Document.Clusters"/>.</param>
/// <param name="Canonical">The fullest proper name of the entity in the document, in its majority spelling.</param>
/// <param name="Label">The entity type of the canonical name.</param>
/// <param name="Mentions">Every mention, in text order.</param>
public sealed record EntityCluster(int Id, string Canonical, EntityLabel Label, ImmutableArray<TextSpan> Mentions);
