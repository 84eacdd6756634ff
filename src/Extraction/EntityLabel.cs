namespace Extraction;

/// <summary>The type of a named entity (serialized as <c>PER</c>, <c>LOC</c>, <c>ORG</c>, <c>MISC</c>).</summary>
public enum EntityLabel
{
    /// <summary>A person (<c>PER</c>).</summary>
    Person,

    /// <summary>A place: country, city, region, river, street (<c>LOC</c>).</summary>
    Location,

    /// <summary>An organisation, institution, company, party, media outlet or online service (<c>ORG</c>).</summary>
    Organization,

    /// <summary>Another named thing: events, works, products, demonyms and nationality adjectives (<c>MISC</c>).</summary>
    Misc,
}
