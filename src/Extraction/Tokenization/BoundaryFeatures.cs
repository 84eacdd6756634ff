using Extraction.Entities;

namespace Extraction.Tokenization;

/// <summary>
/// The features of a gap between two tokens that the rules of <see cref="SentenceSplitter"/> leave open: the two
/// tokens on each side (lower-cased word, shape, word cluster), how long the sentence already is, whether a run of
/// capitals ends there. Only gaps that some cue could make a boundary are candidates (<see cref="IsCandidate"/>):
/// a capitalised word, a digit, a dash or an opening quote after them, or a colon or semicolon before. Nothing is
/// allocated; templates are numbered and <see cref="Version"/> changes whenever one changes.
/// </summary>
internal static class BoundaryFeatures
{
    /// <summary>The version of the feature templates, written in every boundary model.</summary>
    public const int Version = 1;

    /// <summary>The number of features of one gap.</summary>
    public const int Count = 24;

    private const int MaxWordChars = 32;

    /// <summary>True when the gap after token <paramref name="i"/> is one the model decides.</summary>
    public static bool IsCandidate(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Length)
        {
            return false;
        }

        Token next = tokens[i + 1];
        char c = text[next.Start];
        if (Characters.IsUpper(c) || Characters.IsDigit(c) || Characters.Openers.Contains(c)
            || (next.Kind == TokenKind.QuoteMark && c is '"' or Characters.LeftGuillemet or Characters.LeftDoubleQuote or Characters.LowDoubleQuote))
        {
            return true;
        }

        if (next.Kind == TokenKind.Punctuation && next.Span.Length == 1 && (Characters.IsHyphen(c) || c is Characters.EnDash or Characters.EmDash or '•' or '*'))
        {
            return true;
        }

        Token previous = tokens[i];
        return previous.Kind == TokenKind.Punctuation && previous.Span.Length == 1 && text[previous.Start] is ';' or ':';
    }

    /// <summary>
    /// Writes the <see cref="Count"/> feature buckets of the gap after token <paramref name="i"/>;
    /// <paramref name="first"/> is the first token of the current sentence.
    /// </summary>
    public static void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int first, WordClusters clusters, int bits, Span<int> buckets)
    {
        Describe(text, tokens, i - 1, clusters, out ulong lowP2, out ulong shapeP2, out int clusterP2, out _);
        Describe(text, tokens, i, clusters, out ulong lowP1, out ulong shapeP1, out int clusterP1, out ulong suffixP1);
        Describe(text, tokens, i + 1, clusters, out ulong lowN1, out ulong shapeN1, out int clusterN1, out _);
        Describe(text, tokens, i + 2, clusters, out ulong lowN2, out ulong shapeN2, out int clusterN2, out _);

        int length = i - first + 1;
        ulong lengthBucket = length switch { 1 => 1, 2 => 2, 3 => 3, <= 5 => 4, <= 8 => 5, <= 15 => 6, <= 30 => 7, _ => 8 };
        int capitals = 0;
        for (int k = i; k >= first && k > i - 3 && IsCapitals(text, tokens[k]); k--)
        {
            capitals++;
        }

        ulong known = clusterN1 >= 0 ? 1UL : 0UL;
        ulong c6P1 = Coarse(clusterP1, 6), c12P1 = Coarse(clusterP1, 12);
        ulong c6N1 = Coarse(clusterN1, 6), c12N1 = Coarse(clusterN1, 12);

        int f = 0;
        buckets[f++] = FeatureHash.Bucket(bits, 1, 0);
        buckets[f++] = FeatureHash.Bucket(bits, 2, shapeP1);
        buckets[f++] = FeatureHash.Bucket(bits, 3, shapeN1);
        buckets[f++] = FeatureHash.Bucket(bits, 4, shapeP1, shapeN1);
        buckets[f++] = FeatureHash.Bucket(bits, 5, (shapeP2 * 31) ^ shapeP1, (shapeN1 * 31) ^ shapeN2);
        buckets[f++] = FeatureHash.Bucket(bits, 6, lowP1);
        buckets[f++] = FeatureHash.Bucket(bits, 7, lowN1);
        buckets[f++] = FeatureHash.Bucket(bits, 8, lowN2);
        buckets[f++] = FeatureHash.Bucket(bits, 9, lowP1, lowN1);
        buckets[f++] = FeatureHash.Bucket(bits, 10, lowP2);
        buckets[f++] = FeatureHash.Bucket(bits, 11, c6P1);
        buckets[f++] = FeatureHash.Bucket(bits, 12, c12P1);
        buckets[f++] = FeatureHash.Bucket(bits, 13, c6N1);
        buckets[f++] = FeatureHash.Bucket(bits, 14, c12N1);
        buckets[f++] = FeatureHash.Bucket(bits, 15, Coarse(clusterN2, 6));
        buckets[f++] = FeatureHash.Bucket(bits, 16, c6P1, c6N1);
        buckets[f++] = FeatureHash.Bucket(bits, 17, known, shapeN1);
        buckets[f++] = FeatureHash.Bucket(bits, 18, lengthBucket, shapeN1);
        buckets[f++] = FeatureHash.Bucket(bits, 19, lengthBucket, shapeP1);
        buckets[f++] = FeatureHash.Bucket(bits, 20, suffixP1, shapeN1);
        buckets[f++] = FeatureHash.Bucket(bits, 21, (ulong)capitals, shapeN1);
        buckets[f++] = FeatureHash.Bucket(bits, 22, Coarse(clusterP2, 6), shapeN1);
        buckets[f++] = FeatureHash.Bucket(bits, 23, lowP1, shapeN2);
        buckets[f++] = FeatureHash.Bucket(bits, 24, c6N1, shapeN2);
    }

    private static ulong Coarse(int cluster, int bits) =>
        cluster < 0 ? ulong.MaxValue : (ulong)(cluster >> (WordClusters.Bits - bits));

    private static bool IsCapitals(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Span.Length < 2)
        {
            return false;
        }

        foreach (char c in text[token.Start..token.End])
        {
            if (!Characters.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Hashes of a token's lower-cased form (digits folded), its shape and its last three letters, and its cluster.</summary>
    private static void Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, WordClusters clusters, out ulong low, out ulong shape, out int cluster, out ulong suffix)
    {
        low = FeatureHash.Seed;
        shape = FeatureHash.Seed;
        suffix = FeatureHash.Seed;
        cluster = -1;
        if ((uint)index >= (uint)tokens.Length)
        {
            // Beyond the text: a shape of its own.
            shape = FeatureHash.Add(shape, '\u0001');
            low = shape;
            return;
        }

        ReadOnlySpan<char> word = text[tokens[index].Start..tokens[index].End];
        if (word.Length > MaxWordChars)
        {
            word = word[..MaxWordChars];
        }

        Span<char> lower = stackalloc char[MaxWordChars];
        char lastShape = '\0';
        int shapeLength = 0;
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            char l = Characters.IsApostrophe(c) ? '\'' : Characters.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            lower[k] = l;
            low = FeatureHash.Add(low, l);
            char s = Characters.IsUpper(c) ? 'X' : Characters.IsLower(c) ? 'x' : Characters.IsDigit(c) ? 'd' : l;
            if (s != lastShape && shapeLength < 4)
            {
                shape = FeatureHash.Add(shape, s);
                shapeLength++;
                lastShape = s;
            }
        }

        for (int k = Math.Max(0, word.Length - 3); k < word.Length; k++)
        {
            suffix = FeatureHash.Add(suffix, lower[k]);
        }

        if (tokens[index].Kind == TokenKind.Word)
        {
            cluster = clusters.Find(lower[..word.Length]);
        }
    }
}
