namespace Extraction;

/// <summary>A name the caller wants recognised as an entity of a given type, in every language.</summary>
/// <param name="Name">The name exactly as it is written in texts (for example <c>Nordstream Énergie</c>).</param>
/// <param name="Label">The entity type the name denotes.</param>
public readonly record struct GazetteerEntry(string Name, EntityLabel Label);
