namespace Extraction.Pipeline;

/// <summary>Finds tokens by text offset in a token list in text order (binary search).</summary>
internal static class TokenSearch
{
    /// <summary>The index of the first token that does not end at or before <paramref name="offset"/>; the count when none.</summary>
    public static int FirstAt(ReadOnlySpan<Token> tokens, int offset)
    {
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (tokens[middle].End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// The index of the last token from <paramref name="first"/> on that ends at or before <paramref name="end"/>
    /// (<paramref name="first"/> itself when the next one runs past it): the last token of a span that starts there.
    /// </summary>
    public static int LastWithin(ReadOnlySpan<Token> tokens, int first, int end)
    {
        int last = first;
        while (last + 1 < tokens.Length && tokens[last + 1].End <= end)
        {
            last++;
        }

        return last;
    }
}
