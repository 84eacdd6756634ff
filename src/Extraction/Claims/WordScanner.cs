using Extraction.Pipeline;

using static Extraction.Tokenization.Characters;

namespace Extraction.Claims;

/// <summary>
/// Splits a text into the words the claim rules read: letters with their inner hyphens and apostrophes, French
/// elisions cut after the apostrophe (<c>qu'</c> + <c>ont</c>), inverted clitics cut off (<c>a</c> + <c>-t-il</c>),
/// English <c>'s</c> cut off, a name glued to the next sentence's first word by noise cut apart (<c>ZelenskyDe</c>),
/// numbers with their separators, and one word per other character. Linear; never changes the text.
/// </summary>
internal sealed class WordScanner
{

    private readonly Language _language;
    private readonly WordClassTable _classes;

    public WordScanner(Language language, WordClassTable classes)
    {
        _language = language;
        _classes = classes;
    }

    public static bool IsQuoteChar(char c) => c is '"' or LeftGuillemet or RightGuillemet or LeftDoubleQuote or RightDoubleQuote
        or LowDoubleQuote or LeftSingleGuillemet or RightSingleGuillemet or FullwidthQuote;

    public static bool IsDashChar(char c) => c is EmDash or EnDash or HorizontalBar;

    public void Scan(string text, PooledList<ClaimWord> output)
    {
        int n = text.Length;
        int i = 0;
        bool space = true;
        bool paragraph = true;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c is '\n' or '\r' or '\u2029')
                {
                    paragraph = true;
                }

                i++;
                continue;
            }

            WordShape lead = (space ? WordShape.SpaceBefore : WordShape.None) | (paragraph ? WordShape.ParagraphStart : WordShape.None);
            space = false;
            paragraph = false;
            if (IsWordChar(c))
            {
                int start = i;
                int j = i + 1;
                while (j < n)
                {
                    char d = text[j];
                    if (IsWordChar(d))
                    {
                        j++;
                    }
                    else if ((TextFold.IsApostrophe(d) || d == '-') && j + 1 < n && char.IsLetterOrDigit(text[j + 1]))
                    {
                        j += 2;
                    }
                    else if ((d == '.' || d == ',') && char.IsDigit(text[j - 1]) && j + 1 < n && char.IsDigit(text[j + 1]))
                    {
                        j += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                EmitWord(text, start, j, lead, output);
                i = j;
                continue;
            }

            int length = char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            WordShape shape = WordShape.Punct | lead;
            if (IsQuoteChar(c))
            {
                shape |= WordShape.Quote;
            }
            else if (IsDashChar(c))
            {
                shape |= WordShape.Dash;
            }
            else if (c is '.' or '!' or '?' or Ellipsis)
            {
                shape |= WordShape.Terminal;
            }

            output.Add(new ClaimWord(i, i + length, shape));
            i += length;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private void EmitWord(string text, int start, int end, WordShape lead, PooledList<ClaimWord> output)
    {
        // Every pass emits at least one character, so the loop ends.
        while (start < end)
        {
            ReadOnlySpan<char> word = text.AsSpan(start, end - start);
            int apostrophe = IndexOfApostrophe(word);
            if (apostrophe > 0)
            {
                if (_language == Language.English)
                {
                    ReadOnlySpan<char> tail = word[(apostrophe + 1)..];
                    if (tail.Equals("s", StringComparison.OrdinalIgnoreCase))
                    {
                        output.Add(Shaped(text, start, start + apostrophe, lead));
                        output.Add(new ClaimWord(start + apostrophe, end, WordShape.Letter));
                        return;
                    }
                }
                else if (_classes.Is(word[..apostrophe], WordClass.Elision))
                {
                    output.Add(new ClaimWord(start, start + apostrophe + 1, WordShape.Letter | WordShape.Elided | lead | (char.IsUpper(word[0]) ? WordShape.Upper : WordShape.None)));
                    start += apostrophe + 1;
                    lead = WordShape.None;
                    continue;
                }
            }

            int glue = GluedSentenceStart(word);
            if (glue > 0)
            {
                output.Add(Shaped(text, start, start + glue, lead));
                start += glue;
                lead = WordShape.None;
                continue;
            }

            int clitic = _language == Language.French ? CliticStart(word) : -1;
            if (clitic > 0)
            {
                output.Add(Shaped(text, start, start + clitic, lead));
                output.Add(new ClaimWord(start + clitic, end, WordShape.Letter | WordShape.Clitic));
                return;
            }

            output.Add(Shaped(text, start, end, lead));
            return;
        }
    }

    private static int IndexOfApostrophe(ReadOnlySpan<char> word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (TextFold.IsApostrophe(word[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where an upper-case function word glued to the end of a name starts (<c>ZelenskyDe</c> → 8), or -1.</summary>
    private int GluedSentenceStart(ReadOnlySpan<char> word)
    {
        for (int i = 2; i < word.Length - 1; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && char.IsUpper(word[0]))
            {
                int end = i + 1;
                while (end < word.Length && char.IsLetter(word[end]))
                {
                    end++;
                }

                if (end == word.Length && _classes.Is(word[i..], WordClass.Function))
                {
                    return i;
                }

                return -1;
            }
        }

        return -1;
    }

    /// <summary>Where an inverted subject clitic starts (<c>a-t-il</c> → 1, <c>dit-elle</c> → 3), or -1.</summary>
    private int CliticStart(ReadOnlySpan<char> word)
    {
        for (int i = 1; i < word.Length - 1; i++)
        {
            if (word[i] == '-' && _classes.Is(word[i..], WordClass.Clitic))
            {
                return i;
            }
        }

        return -1;
    }

    private static ClaimWord Shaped(string text, int start, int end, WordShape lead)
    {
        ReadOnlySpan<char> word = text.AsSpan(start, end - start);
        WordShape shape = lead;
        if (char.IsDigit(word[0]))
        {
            shape |= WordShape.Digit;
        }
        else
        {
            shape |= WordShape.Letter;
        }

        int letters = 0;
        bool allUpper = true;
        bool firstSeen = false;
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (!firstSeen)
            {
                firstSeen = true;
                if (char.IsUpper(c))
                {
                    shape |= WordShape.Upper;
                }
            }

            if (!char.IsUpper(c))
            {
                allUpper = false;
            }
        }

        if (allUpper && letters >= 2)
        {
            shape |= WordShape.AllUpper;
        }

        return new ClaimWord(start, end, shape);
    }
}
