namespace Extraction.Tokenization;

/// <summary>Decides the gaps between tokens that the sentence rules leave open.</summary>
internal interface IBoundaryDecider
{
    /// <summary>
    /// True when a sentence ends after token <paramref name="i"/>; <paramref name="first"/> is the first token of
    /// the current sentence.
    /// </summary>
    bool IsBoundary(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int first);
}
