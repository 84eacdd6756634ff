namespace Extraction;

/// <summary>A language the library reads (serialized as its ISO 639-1 code).</summary>
public enum Language
{
    /// <summary>French (<c>fr</c>).</summary>
    French,

    /// <summary>English (<c>en</c>).</summary>
    English,

    /// <summary>Spanish (<c>es</c>).</summary>
    Spanish,
}
