namespace Extraction.Entities;

/// <summary>What the features need to know about one token, computed once per token.</summary>
internal struct TokenInfo
{
    /// <summary>Hash of the lower-cased word, digits folded to 0.</summary>
    public ulong Lower;

    /// <summary>Hash of the word as written.</summary>
    public ulong Exact;

    /// <summary>Hash of the word's shape (runs of X, x, d and other chars collapsed).</summary>
    public ulong Shape;

    public ulong Prefix3;

    public ulong Prefix4;

    public ulong Suffix2;

    public ulong Suffix3;

    public ulong Suffix4;

    /// <summary>Gazetteer marks: bit <c>4 * kind + part</c>.</summary>
    public ulong Gazetteer;

    /// <summary>Word cluster bits, or -1.</summary>
    public int Cluster;

    public Capitalization Case;
}

/// <summary>How a token is capitalised.</summary>
internal enum Capitalization : byte
{
    Lower,
    Initial,
    AllUpper,
    SingleUpper,
    Mixed,
    Digit,
    Other,
}
