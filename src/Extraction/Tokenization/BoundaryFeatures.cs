using System.Runtime.CompilerServices;
using Extraction.Entities;

namespace Extraction.Tokenization;

/// <summary>
/// The features of a gap between two tokens that the rules of <see cref="SentenceSplitter"/> leave open: the two
/// tokens on each side (lower-cased word, shape; the word cluster and usual casing of the two nearest), how long the
/// sentence already is, whether a run of capitals ends there, whether the sentence before ended without a mark; each
/// counted once shared and once apart for text with and without line breaks near the gap. Only gaps that some cue could make a boundary are candidates (<see cref="IsCandidate"/>):
/// a capitalised word, a digit, a dash or an opening quote after them, or a colon or semicolon before. Nothing is
/// allocated; templates are numbered and <see cref="Version"/> changes whenever one changes.
/// </summary>
internal static class BoundaryFeatures
{
    /// <summary>The version of the feature templates, written in every boundary model.</summary>
    public const int Version = 2;

    /// <summary>The number of features of one gap.</summary>
    public const int Count = 2 * Templates;

    private const int Templates = 29;

    private const int MaxWordChars = 32;
    private const int LayoutWindow = 1000;
    private const int MaxNonFinalLength = 8;

    /// <summary>
    /// True when the gap after token <paramref name="i"/> is one the model decides: after a word (not an elided one
    /// nor one of <see cref="LanguageRules.IsNonFinalWord"/>), a number, a closing quote or bracket, and before a
    /// capital, a list dash or an opening quote; or after a colon, or a semicolon before anything but a capital.
    /// </summary>
    public static bool IsCandidate(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, LanguageRules rules)
    {
        if (i + 1 >= tokens.Length)
        {
            return false;
        }

        Token previous = tokens[i];
        Token next = tokens[i + 1];
        char p = text[previous.End - 1];
        char c = text[next.Start];
        if (previous.Span.Length == 1 && p is ';' or ':')
        {
            // A semicolon before a capital is the rules' to decide (a new sentence, or the next name of a list).
            return (next.Kind != TokenKind.Punctuation || IsListDash(text, next)) && !(p == ';' && Characters.IsUpper(c));
        }

        bool before = Characters.IsUpper(c) || IsListDash(text, next)
            || (next.Kind == TokenKind.QuoteMark && c is '"' or Characters.LeftGuillemet or Characters.LeftDoubleQuote or Characters.LowDoubleQuote);
        if (!before)
        {
            return false;
        }

        if (previous.Kind == TokenKind.Number)
        {
            return true;
        }

        if (previous.Kind != TokenKind.Word)
        {
            return previous.Span.Length == 1 && p is ')' or ']' or '"' or Characters.RightGuillemet or Characters.RightDoubleQuote;
        }

        if (Characters.IsApostrophe(p))
        {
            return false;
        }

        return previous.Span.Length > MaxNonFinalLength || !Characters.IsLower(text[previous.Start]) || !rules.IsNonFinalWord(text[previous.Start..previous.End]);
    }

    /// <summary>A dash or a bullet standing alone, followed by a space (<c>- Histoire</c>, not <c>-lesquels</c>).</summary>
    private static bool IsListDash(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Span.Length == 1 && text[token.Start] is '-' or Characters.EnDash or Characters.EmDash or '•' or '*'
        && token.End < text.Length && char.IsWhiteSpace(text[token.End]);

    /// <summary>
    /// Writes the <see cref="Count"/> feature buckets of the gap after token <paramref name="i"/>;
    /// <paramref name="first"/> is the first token of the current sentence. <paramref name="casing"/> gives how lower-case
    /// words are usually written inside a sentence (<see cref="BoundaryModel.Casing"/>; empty: every word unknown).
    /// </summary>
    public static void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int first, WordClusters clusters, WordClusters casing, int bits, Span<int> buckets)
    {
        Describe(text, tokens, i - 1, null, null, out ulong lowP2, out ulong shapeP2, out _, out _, out _);
        Describe(text, tokens, i, clusters, casing, out ulong lowP1, out ulong shapeP1, out int clusterP1, out ulong casingP1, out ulong suffixP1);
        Describe(text, tokens, i + 1, clusters, casing, out ulong lowN1, out ulong shapeN1, out int clusterN1, out ulong casingN1, out _);
        Describe(text, tokens, i + 2, null, null, out ulong lowN2, out ulong shapeN2, out _, out _, out _);

        // Headings, table rows and list items come in runs: did the sentence before this one end without a mark?
        ulong unmarkedBefore = first == 0 ? 2UL : EndsWithMark(text, tokens, first - 1) ? 0UL : 1UL;

        int length = i - first + 1;
        ulong lengthBucket = length switch { 1 => 1, 2 => 2, 3 => 3, <= 5 => 4, <= 8 => 5, <= 15 => 6, <= 30 => 7, _ => 8 };
        int capitals = 0;
        for (int k = i; k >= first && k > i - 3 && SentenceSplitter.IsCapitals(text, tokens[k]); k--)
        {
            capitals++;
        }

        ulong known = clusterN1 >= 0 ? 1UL : 0UL;
        ulong c6P1 = Coarse(clusterP1, 6), c12P1 = Coarse(clusterP1, 12);
        ulong c6N1 = Coarse(clusterN1, 6), c12N1 = Coarse(clusterN1, 12);

        int f = 0;
        buckets[f++] = Bucket(bits, 1, 0);
        buckets[f++] = Bucket(bits, 2, shapeP1);
        buckets[f++] = Bucket(bits, 3, shapeN1);
        buckets[f++] = Bucket(bits, 4, shapeP1, shapeN1);
        buckets[f++] = Bucket(bits, 5, (shapeP2 * 31) ^ shapeP1, (shapeN1 * 31) ^ shapeN2);
        buckets[f++] = Bucket(bits, 6, lowP1);
        buckets[f++] = Bucket(bits, 7, lowN1);
        buckets[f++] = Bucket(bits, 8, lowN2);
        buckets[f++] = Bucket(bits, 9, lowP1, lowN1);
        buckets[f++] = Bucket(bits, 10, lowP2);
        buckets[f++] = Bucket(bits, 11, c6P1);
        buckets[f++] = Bucket(bits, 12, c12P1);
        buckets[f++] = Bucket(bits, 13, c6N1);
        buckets[f++] = Bucket(bits, 14, c12N1);
        buckets[f++] = Bucket(bits, 15, shapeN2);
        buckets[f++] = Bucket(bits, 16, c6P1, c6N1);
        buckets[f++] = Bucket(bits, 17, known, shapeN1);
        buckets[f++] = Bucket(bits, 18, lengthBucket, shapeN1);
        buckets[f++] = Bucket(bits, 19, lengthBucket, shapeP1);
        buckets[f++] = Bucket(bits, 20, suffixP1, shapeN1);
        buckets[f++] = Bucket(bits, 21, (ulong)capitals, shapeN1);
        buckets[f++] = Bucket(bits, 22, shapeP2, shapeN1);
        buckets[f++] = Bucket(bits, 23, lowP1, shapeN2);
        buckets[f++] = Bucket(bits, 24, c6N1, shapeN2);

        // How the words on each side are usually written: a capitalised word that is almost always in lower case
        // inside a sentence starts one (a heading run into the text: "… 100 ml Flacon (plastique)"); one usually
        // capitalised is a name ("le groupe Airbus").
        buckets[f++] = Bucket(bits, 25, casingN1, shapeP1);
        buckets[f++] = Bucket(bits, 26, casingN1, lengthBucket);
        buckets[f++] = Bucket(bits, 27, casingP1, shapeN1);
        buckets[f++] = Bucket(bits, 28, unmarkedBefore, shapeN1);
        buckets[f++] = Bucket(bits, 29, unmarkedBefore | (casingN1 << 2), lengthBucket);

        // Each feature again, apart for text with line breaks near the gap and text without: where the layout is
        // kept (news, paragraphs), headings stand on their own line and a capital inside a line is a name; where it
        // is lost (one long line), headings and table cells run into the next sentence.
        ulong layout = HasLineBreakNear(text, tokens[i].End) ? 1UL : 2UL;
        for (int k = 0; k < Templates; k++)
        {
            buckets[f++] = Bucket(bits, 100, (ulong)buckets[k], layout);
        }
    }

    /// <summary>True when a line break lies within <see cref="LayoutWindow"/> characters of <paramref name="at"/>.</summary>
    private static bool HasLineBreakNear(ReadOnlySpan<char> text, int at)
    {
        // Backwards from the gap first: the nearest break is found without reading the whole window.
        int start = Math.Max(0, at - LayoutWindow);
        return text[start..at].LastIndexOfAny('\n', '\r') >= 0 || text[at..Math.Min(text.Length, at + LayoutWindow)].ContainsAny('\n', '\r');
    }

    /// <summary>True when token <paramref name="index"/> is a final mark, or a closing quote or bracket right after one.</summary>
    private static bool EndsWithMark(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        for (int k = index; k >= 0 && k > index - 3; k--)
        {
            if (text[tokens[k].Start] is '.' or '!' or '?' or Characters.Ellipsis)
            {
                return true;
            }

            if (tokens[k].Kind is not (TokenKind.QuoteMark or TokenKind.Punctuation) || text[tokens[k].Start] is not (')' or ']' or '"' or Characters.RightGuillemet or Characters.RightDoubleQuote))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>One multiply and a shift: cheaper than <see cref="FeatureHash.Bucket"/>, enough for hashed inputs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(int bits, int template, ulong a, ulong b = 0)
    {
        ulong h = (a ^ (b * 0x9E3779B97F4A7C15UL) ^ ((ulong)template << 57) ^ (ulong)template) * 0xBF58476D1CE4E5B9UL;
        h ^= h >> 31;
        h *= 0x94D049BB133111EBUL;
        return (int)(h >> (64 - bits));
    }

    private static ulong Coarse(int cluster, int bits) =>
        cluster < 0 ? ulong.MaxValue : (ulong)(cluster >> (WordClusters.Bits - bits));

    /// <summary>
    /// Hashes of a token's lower-cased form (digits folded), its shape and its last three letters; its cluster; and
    /// how it is usually written inside a sentence (<see cref="BoundaryModel.Casing"/>: 1 almost always in lower case,
    /// 2 mostly, 3 often capitalised, 4 almost always capitalised; 0 unknown or not a word).
    /// </summary>
    private static void Describe(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, WordClusters? clusters, WordClusters? casing,
        out ulong low, out ulong shape, out int cluster, out ulong casingClass, out ulong suffix)
    {
        low = FeatureHash.Seed;
        shape = FeatureHash.Seed;
        suffix = FeatureHash.Seed;
        cluster = -1;
        casingClass = 0;
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
            char l, s;
            if ((uint)(c - 'a') <= 'z' - 'a')
            {
                (l, s) = (c, 'x');
            }
            else if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                (l, s) = ((char)(c | 0x20), 'X');
            }
            else if (Characters.IsDigit(c))
            {
                (l, s) = ('0', 'd');
            }
            else
            {
                l = Characters.IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
                s = Characters.IsUpper(c) ? 'X' : Characters.IsLower(c) ? 'x' : l;
            }

            lower[k] = l;
            low = FeatureHash.Add(low, l);
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
            cluster = clusters?.Find(lower[..word.Length]) ?? -1;
            casingClass = casing is null ? 0 : (ulong)Math.Max(0, casing.Find(lower[..word.Length]));
        }
    }
}
