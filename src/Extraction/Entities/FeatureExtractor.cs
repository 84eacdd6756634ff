using System.Runtime.CompilerServices;

namespace Extraction.Entities;

/// <summary>
/// Turns tokens into hashed feature buckets: word, lower case, prefixes and suffixes, shape, capitalisation and
/// sentence position, neighbours within two tokens, gazetteer matches, word clusters and what the document already
/// said about the same word. Nothing is allocated per token; the templates are numbered, and
/// <see cref="Version"/> changes whenever a template changes, so an old model is refused rather than misread.
/// </summary>
internal sealed class FeatureExtractor(int hashBits, Gazetteer gazetteer, WordClusters clusters)
{
    /// <summary>The version of the feature templates, written in every model.</summary>
    public const int Version = 3;

    /// <summary>The most features one token can have.</summary>
    public const int MaxFeatures = 96;

    private const int MaxWordChars = 48;
    private const char RightSingleQuote = '\u2019';

    public int HashBits { get; } = hashBits;

    public Gazetteer Gazetteer { get; } = gazetteer;

    public WordClusters Clusters { get; } = clusters;

    /// <summary>Describes each token of a document (or sentence) once.</summary>
    public void Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenInfo> infos, Span<ulong> gazetteerScratch)
    {
        Span<char> lower = stackalloc char[MaxWordChars];
        for (int i = 0; i < tokens.Length; i++)
        {
            ReadOnlySpan<char> word = text.Slice(tokens[i].Start, tokens[i].Span.Length);
            if (word.Length > MaxWordChars)
            {
                word = word[..MaxWordChars];
            }

            ref TokenInfo info = ref infos[i];
            ulong exact = FeatureHash.Seed;
            ulong low = FeatureHash.Seed;
            ulong shape = FeatureHash.Seed;
            char lastShape = '\0';
            int shapeLength = 0;
            int upper = 0;
            int lowerCount = 0;
            int digits = 0;
            for (int k = 0; k < word.Length; k++)
            {
                char c = word[k];
                exact = FeatureHash.Add(exact, c);
                char l = c == RightSingleQuote ? '\'' : char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
                lower[k] = l;
                low = FeatureHash.Add(low, l);
                char s;
                if (char.IsUpper(c))
                {
                    s = 'X';
                    upper++;
                }
                else if (char.IsLower(c))
                {
                    s = 'x';
                    lowerCount++;
                }
                else if (char.IsDigit(c))
                {
                    s = 'd';
                    digits++;
                }
                else
                {
                    s = l;
                }

                if (s != lastShape && shapeLength < 8)
                {
                    shape = FeatureHash.Add(shape, s);
                    shapeLength++;
                    lastShape = s;
                }
            }

            info.Exact = exact;
            info.Lower = low;
            info.Shape = shape;
            ReadOnlySpan<char> lw = lower[..word.Length];
            info.Prefix3 = lw.Length > 3 ? HashOf(lw[..3]) : 0;
            info.Prefix4 = lw.Length > 4 ? HashOf(lw[..4]) : 0;
            info.Suffix2 = lw.Length > 2 ? HashOf(lw[^2..]) : 0;
            info.Suffix3 = lw.Length > 3 ? HashOf(lw[^3..]) : 0;
            info.Suffix4 = lw.Length > 4 ? HashOf(lw[^4..]) : 0;
            info.Cluster = Clusters.Find(lw);
            info.Case = word.Length == 0 ? Capitalization.Other
                : char.IsUpper(word[0]) ? (word.Length == 1 ? Capitalization.SingleUpper : lowerCount == 0 ? Capitalization.AllUpper : Capitalization.Initial)
                : char.IsLower(word[0]) ? (upper > 0 ? Capitalization.Mixed : Capitalization.Lower)
                : digits > 0 ? Capitalization.Digit
                : Capitalization.Other;
        }

        Gazetteer.Match(text, tokens, gazetteerScratch[..tokens.Length]);
        for (int i = 0; i < tokens.Length; i++)
        {
            infos[i].Gazetteer = gazetteerScratch[i];
        }
    }

    /// <summary>
    /// Writes the buckets of token <paramref name="i"/> of a sentence into <paramref name="buckets"/> and returns
    /// how many; <paramref name="memory"/> holds the entity types the document gave this word before (bit per type).
    /// </summary>
    public int Extract(ReadOnlySpan<TokenInfo> sentence, int i, int memory, Span<int> buckets)
    {
        int n = 0;
        int bits = HashBits;
        ref readonly TokenInfo w = ref sentence[i];
        ulong prev1 = i > 0 ? sentence[i - 1].Lower : 1;
        ulong prev2 = i > 1 ? sentence[i - 2].Lower : 2;
        ulong next1 = i + 1 < sentence.Length ? sentence[i + 1].Lower : 3;
        ulong next2 = i + 2 < sentence.Length ? sentence[i + 2].Lower : 4;
        ulong prevShape = i > 0 ? sentence[i - 1].Shape : 1;
        ulong nextShape = i + 1 < sentence.Length ? sentence[i + 1].Shape : 3;
        ulong caseValue = (ulong)w.Case;
        ulong first = i == 0 ? 1UL : 0UL;

        buckets[n++] = FeatureHash.Bucket(bits, 1, 0);
        buckets[n++] = FeatureHash.Bucket(bits, 2, w.Lower);
        buckets[n++] = FeatureHash.Bucket(bits, 3, w.Exact);
        buckets[n++] = FeatureHash.Bucket(bits, 4, w.Shape);
        buckets[n++] = FeatureHash.Bucket(bits, 5, caseValue, first);
        buckets[n++] = FeatureHash.Bucket(bits, 6, w.Lower, first);
        AddIfSet(buckets, ref n, bits, 7, w.Prefix3);
        AddIfSet(buckets, ref n, bits, 8, w.Prefix4);
        AddIfSet(buckets, ref n, bits, 9, w.Suffix2);
        AddIfSet(buckets, ref n, bits, 10, w.Suffix3);
        AddIfSet(buckets, ref n, bits, 11, w.Suffix4);
        buckets[n++] = FeatureHash.Bucket(bits, 12, prev1);
        buckets[n++] = FeatureHash.Bucket(bits, 13, next1);
        buckets[n++] = FeatureHash.Bucket(bits, 14, prev2);
        buckets[n++] = FeatureHash.Bucket(bits, 15, next2);
        buckets[n++] = FeatureHash.Bucket(bits, 16, prev1, w.Lower);
        buckets[n++] = FeatureHash.Bucket(bits, 17, w.Lower, next1);
        buckets[n++] = FeatureHash.Bucket(bits, 18, prevShape);
        buckets[n++] = FeatureHash.Bucket(bits, 19, nextShape);
        buckets[n++] = FeatureHash.Bucket(bits, 20, (prevShape * 31) ^ w.Shape, nextShape);
        buckets[n++] = FeatureHash.Bucket(bits, 21, prev1, caseValue);
        buckets[n++] = FeatureHash.Bucket(bits, 22, next1, caseValue);
        buckets[n++] = FeatureHash.Bucket(bits, 23, prev2 ^ (prev1 * 31), caseValue);

        ulong gazetteer = w.Gazetteer;
        while (gazetteer != 0 && n < 56)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(gazetteer);
            gazetteer &= gazetteer - 1;
            buckets[n++] = FeatureHash.Bucket(bits, 24, (ulong)bit);
            buckets[n++] = FeatureHash.Bucket(bits, 25, (ulong)bit, caseValue);
        }

        if (i > 0)
        {
            AddKinds(buckets, ref n, bits, 26, sentence[i - 1].Gazetteer);
        }

        if (i + 1 < sentence.Length)
        {
            AddKinds(buckets, ref n, bits, 27, sentence[i + 1].Gazetteer);
        }

        if (w.Cluster >= 0)
        {
            int cluster = w.Cluster;
            buckets[n++] = FeatureHash.Bucket(bits, 28, (ulong)(cluster >> 12) | 0x10000);
            buckets[n++] = FeatureHash.Bucket(bits, 29, (ulong)(cluster >> 8) | 0x10000);
            buckets[n++] = FeatureHash.Bucket(bits, 30, (ulong)(cluster >> 4) | 0x10000);
            buckets[n++] = FeatureHash.Bucket(bits, 31, (ulong)cluster | 0x10000, caseValue);
        }

        if (i > 0 && sentence[i - 1].Cluster >= 0)
        {
            buckets[n++] = FeatureHash.Bucket(bits, 32, (ulong)(sentence[i - 1].Cluster >> 8));
        }

        if (i + 1 < sentence.Length && sentence[i + 1].Cluster >= 0)
        {
            buckets[n++] = FeatureHash.Bucket(bits, 33, (ulong)(sentence[i + 1].Cluster >> 8));
        }

        if (memory != 0)
        {
            buckets[n++] = FeatureHash.Bucket(bits, 34, (ulong)memory);
            buckets[n++] = FeatureHash.Bucket(bits, 35, (ulong)memory, first);
        }

        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddIfSet(Span<int> buckets, ref int n, int bits, int template, ulong value)
    {
        if (value != 0)
        {
            buckets[n++] = FeatureHash.Bucket(bits, template, value);
        }
    }

    private static void AddKinds(Span<int> buckets, ref int n, int bits, int template, ulong marks)
    {
        for (int kind = 0; kind < Gazetteer.KindCount; kind++)
        {
            if (((marks >> (4 * kind)) & 0xF) != 0)
            {
                buckets[n++] = FeatureHash.Bucket(bits, template, (ulong)kind);
            }
        }
    }

    private static ulong HashOf(ReadOnlySpan<char> chars)
    {
        ulong h = FeatureHash.Seed;
        foreach (char c in chars)
        {
            h = FeatureHash.Add(h, c);
        }

        return h;
    }
}
