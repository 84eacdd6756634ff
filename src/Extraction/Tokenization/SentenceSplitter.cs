using Extraction.Pipeline;

namespace Extraction.Tokenization;

/// <summary>
/// Groups tokens into sentences, in one pass with look-ahead bounded by the closing marks after a final mark.
/// A sentence ends at a final mark (<c>.</c> <c>!</c> <c>?</c>, an ellipsis, an abbreviation such as <c>etc.</c>,
/// or a semicolon before a capital, as Universal Dependencies French and Spanish do) followed by what can start a
/// sentence; the closing quotes and brackets after the mark stay in the sentence when their quote opened in it.
/// A line break ends a sentence unless the next line goes on in lower case; a headline run into the next sentence
/// ends before a capitalised pronoun or determiner followed by a lower-case word. One cached instance per
/// language; immutable and thread-safe.
/// </summary>
internal sealed class SentenceSplitter
{
    private const int MaxStarterLength = 16;

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

        /// <summary><c>.</c> <c>!</c> <c>?</c>: ends before a capital, a digit, an opening mark or a lower-case word.</summary>
        Mark,

        /// <summary><c>...</c> <c>…</c>: ends before a capital, a digit or an opening mark.</summary>
        Ellipsis,

        /// <summary><c>;</c>: ends before a capital only.</summary>
        Semicolon,

        /// <summary>An abbreviation with its period (<c>etc.</c>): ends before a capital.</summary>
        Abbreviation,

        /// <summary>An initialism or an initial (<c>U.S.</c>, <c>J.</c>): ends only at a line break.</summary>
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
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, PooledList<TextSpan> output) =>
        Split(text, tokens, output, BoundaryModel.Embedded(Language));

    /// <summary>
    /// Splits as <see cref="Split(ReadOnlySpan{char}, ReadOnlySpan{Token}, PooledList{TextSpan})"/> does, with
    /// <paramref name="decider"/> (a boundary model, or none for the rules alone) deciding the gaps the rules
    /// leave open: no final mark (or a colon or semicolon) before, a capital, a digit, a dash or an opening quote
    /// after, on the same line.
    /// </summary>
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, PooledList<TextSpan> output, IBoundaryDecider? decider)
    {
        int first = 0;
        var quotes = default(QuoteState);
        for (int i = 0; i < tokens.Length - 1; i++)
        {
            quotes.Read(text, tokens[i]);
            if (CannotEndBeforeLowerCase(text, tokens[i], tokens[i + 1]))
            {
                continue;
            }

            int last = -1;
            Ending ending = EndingOf(text, tokens[i]);
            if (ending != Ending.None)
            {
                // Closing quotes and brackets after the final mark stay in the sentence whose quote they close:
                // « Non. » / (sic.) / "No."
                int j = i + 1;
                QuoteState after = quotes;
                while (j < tokens.Length && !HasLineBreak(text, tokens[j - 1].End, tokens[j].Start)
                    && ((after.Closes(text, tokens[j]) && !OpensByPosition(text, tokens[j])) || ClosesByPosition(text, tokens, j)))
                {
                    after.Read(text, tokens[j]);
                    j++;
                }

                if (j == tokens.Length
                    || (StartsSentence(text, tokens[j - 1], tokens[j], j > i + 1 ? Ending.Ellipsis : ending, after)
                        && !(ending == Ending.Semicolon && StartsNameListItem(text, tokens, j))))
                {
                    last = j - 1;
                }
            }
            else if (StartsAfterHeadline(text, tokens, i) || EndsCapitalHeadline(text, tokens, i))
            {
                last = i;
            }

            if (last < 0 && BreaksLine(text, tokens[i], tokens[i + 1]))
            {
                last = i;
            }

            if (last < 0 && decider is not null && ending is Ending.None or Ending.Semicolon
                && (i > first || tokens[i].Kind is TokenKind.Word or TokenKind.Number)
                && BoundaryFeatures.IsCandidate(text, tokens, i, _rules) && !HasLineBreak(text, tokens[i].End, tokens[i + 1].Start)
                && decider.IsBoundary(text, tokens, i, first))
            {
                last = i;
            }

            if (last >= 0)
            {
                output.Add(new TextSpan(tokens[first].Start, tokens[last].End));
                first = last + 1;
                i = last;
                quotes = default;
            }
        }

        if (first < tokens.Length)
        {
            output.Add(new TextSpan(tokens[first].Start, tokens[^1].End));
        }
    }

    /// <summary>
    /// True for the commonest gap, decided without the rules or the model: one space or none before a word in
    /// lower-case ASCII letters, after a token that is no final mark, abbreviation, colon or semicolon. Without one of
    /// those or a line break, no sentence ends before a lower-case word.
    /// </summary>
    private static bool CannotEndBeforeLowerCase(ReadOnlySpan<char> text, Token token, Token next)
    {
        int gap = next.Start - token.End;
        return char.IsAsciiLetterLower(text[next.Start])
            && (gap == 0 || (gap == 1 && text[token.End] == ' '))
            && text[token.End - 1] is not ('.' or '!' or '?' or ';' or ':' or Characters.Ellipsis);
    }

    /// <summary>
    /// True when token <paramref name="j"/>, right after a semicolon, starts an item of a list of people rather than
    /// a sentence: a given name that begins a run of capitalised words ended by a bracket, a comma, a semicolon, a
    /// final mark or the text (<c>… (1926) ; Lucien Carillon (1928) ; Anita …</c>). After a semicolon, French,
    /// Spanish and English go on in lower case, so a capital there is a new sentence or a name; a name followed by
    /// a verb (<c>; Julie Martin a dit</c>) still starts a sentence.
    /// </summary>
    private bool StartsNameListItem(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j)
    {
        Token name = tokens[j];
        if (name.Kind != TokenKind.Word || IsCapitals(text, name) || !_rules.IsFirstName(text[name.Start..name.End]))
        {
            return false;
        }

        int k = j + 1;
        while (k < tokens.Length && tokens[k].Kind == TokenKind.Word && Characters.IsUpper(text[tokens[k].Start]) && k - j < 6)
        {
            k++;
        }

        return k == tokens.Length || (tokens[k].Span.Length == 1 && text[tokens[k].Start] is '(' or ',' or ';' or '.' or '!' or '?');
    }

    /// <summary>
    /// True for a straight double quote glued to the mark before it and followed by a space or the end
    /// (<c>… la télévision." Une</c>): it closes a quotation even when it opened in an earlier sentence.
    /// </summary>
    private static bool ClosesByPosition(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int j)
    {
        Token quote = tokens[j];
        return quote.Span.Length == 1 && text[quote.Start] == '"' && quote.Start == tokens[j - 1].End
            && (j + 1 == tokens.Length || tokens[j + 1].Start > quote.End);
    }

    /// <summary>
    /// True for a straight double quote after white space and glued to the word after it (<c>… contrebandiers. "L'ambiguïté</c>):
    /// it opens a quotation, even when the count of straight quotes before it says one is open (a quote left unclosed earlier).
    /// </summary>
    private static bool OpensByPosition(ReadOnlySpan<char> text, Token quote) =>
        quote.Span.Length == 1 && text[quote.Start] == '"' && quote.Start > 0 && char.IsWhiteSpace(text[quote.Start - 1])
        && quote.End < text.Length && Characters.IsWordChar(text[quote.End]);

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

    private static bool StartsSentence(ReadOnlySpan<char> text, Token previous, Token next, Ending ending, QuoteState quotes)
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

        if (ending is Ending.Abbreviation or Ending.Semicolon)
        {
            return false;
        }

        if (Characters.IsDigit(c))
        {
            return true;
        }

        if (c == '"')
        {
            return !quotes.StraightQuoteOpen || (OpensByPosition(text, next) && !Characters.IsLower(text[next.End]));
        }

        if (Characters.Openers.Contains(c) || (Characters.IsQuoteMark(c) && next.Kind == TokenKind.QuoteMark))
        {
            return true;
        }

        // "verdict lundi. on s'y retrouve": a period, a question or an exclamation mark right before a lower-case
        // word ends the sentence (abbreviations keep their period and do not come here); an ellipsis does not, nor
        // a closing quote ("« Partez ! » a-t-il dit", which the caller passes as an ellipsis).
        return ending == Ending.Mark && Characters.IsLower(c);
    }

    private Ending EndingOf(ReadOnlySpan<char> text, Token token)
    {
        ReadOnlySpan<char> word = text[token.Start..token.End];
        char last = word[^1];
        if (token.Kind == TokenKind.Punctuation)
        {
            return last switch
            {
                '.' when word.Length > 1 && !word.ContainsAny('!', '?') => Ending.Ellipsis,
                '.' or '!' or '?' => Ending.Mark,
                Characters.Ellipsis => Ending.Ellipsis,
                ';' => Ending.Semicolon,
                _ => Ending.None,
            };
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

    /// <summary>
    /// True when token <paramref name="i"/> ends a headline or a line run into the next sentence: it is a word,
    /// and the next token is a capitalised sentence starter (<c>Les</c>, <c>Il</c>) followed by a lower-case word.
    /// </summary>
    private bool StartsAfterHeadline(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Length || tokens[i].Kind is not (TokenKind.Word or TokenKind.Number) || tokens[i + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        Token starter = tokens[i + 1];
        Token after = tokens[i + 2];
        // A starter glued to a word ("ZelenskyDe", split so by the tokenizer) lost the line break before it.
        bool glued = starter.Start == tokens[i].End && Characters.IsLower(text[starter.Start - 1]);
        if ((starter.Start == tokens[i].End && !glued) || !Characters.IsUpper(text[starter.Start]) || !(glued || Characters.IsLower(text[after.Start]))
            || starter.Span.Length > MaxStarterLength || text[tokens[i].End - 1] == '.')
        {
            return false;
        }

        return IsStarter(text[starter.Start..starter.End]);
    }

    /// <summary>
    /// Whether a word of at most <see cref="MaxStarterLength"/> characters is a sentence starter, any apostrophe
    /// read as the plain one. Its own method so the buffer is set up only for the few words that get this far.
    /// </summary>
    private bool IsStarter(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxStarterLength];
        word.CopyTo(buffer);
        if (Characters.IsApostrophe(word[^1]))
        {
            buffer[word.Length - 1] = Characters.Apostrophe;
        }

        return _rules.IsSentenceStarter(buffer[..word.Length]);
    }

    /// <summary>
    /// True when token <paramref name="i"/> ends a headline in capitals ("DONNÉES CLINIQUES Indications"): it and the
    /// token before are words in capitals, and the next token is a capitalised word in lower case.
    /// </summary>
    private static bool EndsCapitalHeadline(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i < 1 || i + 1 >= tokens.Length)
        {
            return false;
        }

        Token next = tokens[i + 1];
        return next.Kind == TokenKind.Word && next.Span.Length >= 2 && Characters.IsUpper(text[next.Start]) && Characters.IsLower(text[next.Start + 1])
            && IsCapitals(text, tokens[i]) && IsCapitals(text, tokens[i - 1]);
    }

    /// <summary>Whether a token is a word of two or more letters, all capitals (headings: "MENTIONS LEGALES").</summary>
    internal static bool IsCapitals(ReadOnlySpan<char> text, Token token)
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

    /// <summary>Which quotations are open in the current sentence.</summary>
    private struct QuoteState
    {
        private int _open;
        private int _straight;

        public readonly bool StraightQuoteOpen => _straight % 2 == 1;

        public void Read(ReadOnlySpan<char> text, Token token)
        {
            if (token.Span.Length != 1)
            {
                return;
            }

            switch (text[token.Start])
            {
                case '"':
                    _straight++;
                    break;
                case Characters.LeftGuillemet or Characters.LeftDoubleQuote or Characters.LowDoubleQuote or Characters.LeftSingleGuillemet:
                    _open++;
                    break;
                case Characters.RightGuillemet or Characters.RightDoubleQuote or Characters.RightSingleGuillemet:
                    _open = Math.Max(0, _open - 1);
                    break;
            }
        }

        /// <summary>True when the token closes a quotation or a bracket of the current sentence.</summary>
        public readonly bool Closes(ReadOnlySpan<char> text, Token token)
        {
            if (token.Span.Length != 1)
            {
                return false;
            }

            return text[token.Start] switch
            {
                '"' => StraightQuoteOpen,
                Characters.RightGuillemet or Characters.RightDoubleQuote or Characters.RightSingleGuillemet => _open > 0,
                ')' or ']' or '}' or Characters.RightSingleQuote or Characters.Apostrophe => true,
                _ => false,
            };
        }
    }
}
