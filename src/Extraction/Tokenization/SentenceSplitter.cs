using Extraction.Pipeline;

namespace Extraction.Tokenization;

/// <summary>
/// Groups tokens into sentences: a sentence ends at a final mark (<c>.</c> <c>!</c> <c>?</c> <c>…</c>, or an
/// abbreviation such as <c>etc.</c>) followed by what can start a sentence, with the closing quotes and brackets
/// after the mark kept in the sentence; or at a line break. One cached instance per language; immutable and
/// thread-safe; one pass, look-ahead bounded by the closing marks after a final mark.
/// </summary>
internal sealed class SentenceSplitter
{
    private static readonly SentenceSplitter[] s_instances =
    [
        new SentenceSplitter(Language.French),
        new SentenceSplitter(Language.English),
        new SentenceSplitter(Language.Spanish),
    ];

    private readonly LanguageRules _rules;

    private SentenceSplitter(Language language)
    {
        Language = language;
        _rules = LanguageRules.For(language);
    }

    private enum Ending
    {
        /// <summary>The token cannot end a sentence.</summary>
        None,

        /// <summary>A final mark: <c>.</c> <c>!</c> <c>?</c> <c>…</c>.</summary>
        Mark,

        /// <summary>An abbreviation with its period (<c>etc.</c>): ends a sentence before a capital.</summary>
        Abbreviation,

        /// <summary>An initialism or an initial (<c>U.S.</c>, <c>J.</c>): ends a sentence only at a line break.</summary>
        Initialism,
    }

    /// <summary>The language whose rules this splitter applies.</summary>
    public Language Language { get; }

    /// <summary>The shared splitter of a language.</summary>
    public static SentenceSplitter For(Language language) =>
        (uint)language < (uint)s_instances.Length
            ? s_instances[(int)language]
            : throw new ArgumentOutOfRangeException(nameof(language), language, "Supported languages: fr, en, es.");

    /// <summary>
    /// Appends the sentence spans of the tokenized text to <paramref name="output"/>: in order, trimmed of white
    /// space, covering every token exactly once.
    /// </summary>
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, PooledList<TextSpan> output)
    {
        int first = 0;
        int straightQuotes = 0;
        for (int i = 0; i < tokens.Length - 1; i++)
        {
            if (IsStraightQuote(text, tokens[i]))
            {
                straightQuotes++;
            }

            int last = -1;
            Ending ending = EndingOf(text, tokens[i]);
            if (ending != Ending.None)
            {
                // Closing quotes and brackets after the final mark stay in the sentence: « Non. » / (sic.)
                int j = i + 1;
                int quotes = straightQuotes;
                while (j < tokens.Length && !HasLineBreak(text, tokens[j - 1].End, tokens[j].Start) && IsCloser(text, tokens[j], quotes))
                {
                    if (IsStraightQuote(text, tokens[j]))
                    {
                        quotes++;
                    }

                    j++;
                }

                if (j == tokens.Length || StartsSentence(text, tokens[j - 1], tokens[j], ending, quotes))
                {
                    last = j - 1;
                    straightQuotes = quotes;
                }
            }

            if (last < 0 && BreaksLine(text, tokens[i], tokens[i + 1]))
            {
                last = i;
            }

            if (last >= 0)
            {
                output.Add(new TextSpan(tokens[first].Start, tokens[last].End));
                first = last + 1;
                i = last;
                straightQuotes = 0;
            }
        }

        if (first < tokens.Length)
        {
            output.Add(new TextSpan(tokens[first].Start, tokens[^1].End));
        }
    }

    private static bool IsStraightQuote(ReadOnlySpan<char> text, Token token) => token.Span.Length == 1 && text[token.Start] == '"';

    private static bool HasLineBreak(ReadOnlySpan<char> text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (text[k] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCloser(ReadOnlySpan<char> text, Token token, int straightQuotes)
    {
        if (token.Span.Length != 1)
        {
            return false;
        }

        char c = text[token.Start];
        return c == '"' ? straightQuotes % 2 == 1 : Characters.Closers.Contains(c);
    }

    /// <summary>A line break between two tokens ends a sentence unless the next line goes on in lower case.</summary>
    private static bool BreaksLine(ReadOnlySpan<char> text, Token previous, Token next)
    {
        int breaks = 0;
        for (int k = previous.End; k < next.Start; k++)
        {
            char c = text[k];
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || (c == '\r' && (k + 1 == next.Start || text[k + 1] != '\n')))
            {
                breaks++;
            }
        }

        if (breaks == 0)
        {
            return false;
        }

        return breaks > 1 || !Characters.IsLower(text[next.Start]);
    }

    private static bool StartsSentence(ReadOnlySpan<char> text, Token previous, Token next, Ending ending, int straightQuotes)
    {
        if (HasLineBreak(text, previous.End, next.Start))
        {
            return true;
        }

        if (ending == Ending.Initialism)
        {
            return false;
        }

        char c = text[next.Start];
        if (Characters.IsUpper(c))
        {
            return true;
        }

        if (ending == Ending.Abbreviation)
        {
            return false;
        }

        if (Characters.IsDigit(c))
        {
            return true;
        }

        if (c == '"')
        {
            return straightQuotes % 2 == 0;
        }

        if (Characters.Openers.Contains(c))
        {
            return true;
        }

        // "en Ukraine.Dans" is caught above; "Ukraine.dans", with no space on either side of the period, is a
        // lost paragraph break far more often than an abbreviation.
        return Characters.IsLower(c) && previous.End == next.Start && text[previous.End - 1] == '.'
            && previous.Span.Length == 1 && previous.Start > 0 && Characters.IsWordChar(text[previous.Start - 1]);
    }

    private Ending EndingOf(ReadOnlySpan<char> text, Token token)
    {
        ReadOnlySpan<char> word = text[token.Start..token.End];
        char last = word[^1];
        if (token.Kind == TokenKind.Punctuation)
        {
            return last is '.' or '!' or '?' or Characters.Ellipsis ? Ending.Mark : Ending.None;
        }

        if (token.Kind != TokenKind.Word || last != '.' || word.Length < 2)
        {
            return Ending.None;
        }

        ReadOnlySpan<char> stem = word[..^1];
        if (stem.Length == 1 || stem.Contains('.'))
        {
            return Ending.Initialism;
        }

        return _rules.IsTitle(stem) ? Ending.None : Ending.Abbreviation;
    }
}
