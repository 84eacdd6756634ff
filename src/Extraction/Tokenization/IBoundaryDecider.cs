namespace Extraction.Tokenization;

/// <summary>Decides the gaps between tokens that the sentence rules leave open.</summary>
internal interface IBoundaryDecider
{
    /// <summary>
    /// True when a sentence ends after token <paramref name="i"/>; <paramref name="first"/> is the first token of
    /// the current sentence; <paramref name="window"/> is the caller's for this text, slid along it.
    /// </summary>
    bool IsBoundary(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int first, ref BoundaryWindow window);
}
