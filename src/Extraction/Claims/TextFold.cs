using System.Buffers;
using System.Globalization;
using System.Text;

namespace Extraction.Claims;

/// <summary>Character helpers shared by the claim and coreference rules.</summary>
internal static class TextFold
{
    public const char Apostrophe = '\'';
    public const char RightSingleQuote = '\u2019';
    public const char ModifierApostrophe = '\u02BC';

    public static readonly SearchValues<char> TypographicApostrophes = SearchValues.Create([RightSingleQuote, ModifierApostrophe]);

    public static bool IsApostrophe(char c) => c is Apostrophe or RightSingleQuote or ModifierApostrophe;

    public static void StraightenApostrophes(ReadOnlySpan<char> word, Span<char> buffer)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            buffer[i] = c is RightSingleQuote or ModifierApostrophe ? Apostrophe : c;
        }
    }

    /// <summary>Equal ignoring case, with every apostrophe taken as the straight one.</summary>
    public static bool EqualsFolded(ReadOnlySpan<char> word, string entry)
    {
        if (word.Length != entry.Length)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            char a = word[i];
            char b = entry[i];
            if (a == b)
            {
                continue;
            }

            if (IsApostrophe(a) && IsApostrophe(b))
            {
                continue;
            }

            if (char.ToLowerInvariant(a) != char.ToLowerInvariant(b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lower case without diacritics and with single spaces: the key names are compared by (setup and per-name code only).</summary>
    public static string FoldName(ReadOnlySpan<char> name)
    {
        string decomposed = name.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        bool space = false;
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(IsApostrophe(c) ? Apostrophe : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
