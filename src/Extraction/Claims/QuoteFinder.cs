using static Extraction.Tokenization.Characters;

namespace Extraction.Claims;

/// <summary>A quotation: its opening and closing marks (word indices) and the words between them.</summary>
/// <param name="Open">The word index of the opening mark.</param>
/// <param name="Close">The word index of the closing mark, or the index one past the turn's last word for a dialogue dash.</param>
/// <param name="IsDialogue">Opened by a dialogue dash; no closing mark.</param>
internal readonly record struct QuoteSpan(int Open, int Close, bool IsDialogue)
{
    /// <summary>The first word inside the marks.</summary>
    public int First => Open + 1;

    /// <summary>One past the last word inside the marks.</summary>
    public int End => Close;

    public bool IsEmpty => End <= First;
}

/// <summary>
/// Pairs quotation marks of every convention (« », “ ”, „ “, „ ”, ‹ ›, straight " with its direction inferred from
/// spacing) and dialogue dashes at a paragraph start, inside one paragraph (or over paragraphs when each one reopens the quotation with its mark). Keeps the outermost quotations only;
/// marks of other quotations nested inside stay in the content. Unbalanced and stray marks are dropped. Linear: a
/// bounded stack, one pass.
/// </summary>
internal static class QuoteFinder
{
    private const int MaxDepth = 16;

    public static void Find(string text, ReadOnlySpan<ClaimWord> words, List<QuoteSpan> output)
    {
        Span<int> stack = stackalloc int[MaxDepth];
        int depth = 0;
        for (int i = 0; i < words.Length; i++)
        {
            ClaimWord word = words[i];
            if (word.Is(WordShape.ParagraphStart))
            {
                // A quotation that runs on over paragraphs: its paragraph ends with the mark still open and the next
                // paragraph reopens with the same kind of mark (« … \n« … »). The reopening mark stays in the content.
                if (depth == 1 && word.Is(WordShape.Quote) && Continues(text[words[stack[0]].Start], text[word.Start]))
                {
                    continue;
                }

                depth = 0;
                if (word.Is(WordShape.Dash) && TryDialogue(words, i, out int turnEnd))
                {
                    output.Add(new QuoteSpan(i, turnEnd, true));
                    i = turnEnd - 1;
                    continue;
                }
            }

            if (!word.Is(WordShape.Quote))
            {
                continue;
            }

            char c = text[word.Start];
            bool opening = IsOpening(text, words, i, c, stack[..depth]);
            if (opening)
            {
                if (depth < MaxDepth)
                {
                    stack[depth++] = i;
                }

                continue;
            }

            // A closing mark: find the nearest compatible opener; pop everything above it.
            for (int d = depth - 1; d >= 0; d--)
            {
                char open = text[words[stack[d]].Start];
                if (Closes(open, c))
                {
                    if (d == 0 && i - stack[0] > 1)
                    {
                        output.Add(new QuoteSpan(stack[0], i, false));
                    }

                    depth = d;
                    break;
                }
            }
        }

    }

    private static bool Continues(char open, char reopen) => open switch
    {
        LeftGuillemet => reopen is LeftGuillemet or RightGuillemet,
        LeftDoubleQuote or LowDoubleQuote => reopen == open,
        '"' => reopen == '"',
        _ => false,
    };

    private static bool Closes(char open, char close) => open switch
    {
        LeftGuillemet => close == RightGuillemet,
        LeftDoubleQuote => close == RightDoubleQuote,
        LowDoubleQuote => close is LeftDoubleQuote or RightDoubleQuote,
        LeftSingleGuillemet => close == RightSingleGuillemet,
        '"' => close == '"',
        FullwidthQuote => close == FullwidthQuote,
        _ => false,
    };

    private static bool IsOpening(string text, ReadOnlySpan<ClaimWord> words, int i, char c, ReadOnlySpan<int> open)
    {
        switch (c)
        {
            case LeftGuillemet or LowDoubleQuote or LeftSingleGuillemet:
                return true;
            case RightGuillemet or RightDoubleQuote or RightSingleGuillemet:
                return false;
            case LeftDoubleQuote:
                // Closes a German „ … “ when one is open; opens otherwise.
                foreach (int o in open)
                {
                    if (text[words[o].Start] == LowDoubleQuote)
                    {
                        return false;
                    }
                }

                return true;
            default:
                // Straight marks: open when none of the same kind is open, unless the mark is glued to the word
                // before it and followed by space or punctuation (then it can only close).
                bool sameOpen = false;
                foreach (int o in open)
                {
                    if (text[words[o].Start] == c)
                    {
                        sameOpen = true;
                    }
                }

                bool spaceBefore = words[i].Is(WordShape.SpaceBefore) || words[i].Is(WordShape.ParagraphStart) || i == 0
                    || (i > 0 && words[i - 1].Is(WordShape.Punct) && !words[i - 1].Is(WordShape.Terminal) && text[words[i - 1].Start] is '(' or '[' or ':' or '-');
                bool spaceAfter = i + 1 >= words.Length || words[i + 1].Is(WordShape.SpaceBefore) || words[i + 1].Is(WordShape.ParagraphStart);
                if (sameOpen)
                {
                    return spaceBefore && !spaceAfter && !words[i - 1].Is(WordShape.Letter);
                }

                return !(spaceAfter && !spaceBefore);
        }
    }

    /// <summary>A dialogue turn: a dash at a paragraph start, up to the paragraph end or an incise dash.</summary>
    private static bool TryDialogue(ReadOnlySpan<ClaimWord> words, int dash, out int end)
    {
        end = dash + 1;
        if (end >= words.Length || words[end].Is(WordShape.ParagraphStart) || !words[end].Is(WordShape.Letter | WordShape.Quote | WordShape.Digit))
        {
            return false;
        }

        while (end < words.Length && !words[end].Is(WordShape.ParagraphStart))
        {
            if (words[end].Is(WordShape.Dash) && words[end].Is(WordShape.SpaceBefore))
            {
                break;
            }

            end++;
        }

        return end - dash > 1;
    }
}
