using System.Collections.Frozen;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>
/// Splits text into tokens without changing it: one left-to-right pass over the characters, with look-ahead
/// bounded by the token being read (no regular expressions, no recursion, no substrings). One cached instance
/// per language; immutable and thread-safe.
/// </summary>
internal sealed class Tokenizer
{
    private const int MaxUrlSchemeLength = 8;
    private const int MaxEmailLocalPart = 64;

    private static readonly Tokenizer[] s_instances =
    [
        new Tokenizer(Language.French),
        new Tokenizer(Language.English),
        new Tokenizer(Language.Spanish),
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_webSuffixes =
        WordList.Load("common", "web-suffixes.txt", ignoreCase: true).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly LanguageRules _rules;

    private Tokenizer(Language language)
    {
        Language = language;
        _rules = LanguageRules.For(language);
    }

    /// <summary>The language whose rules this tokenizer applies.</summary>
    public Language Language { get; }

    /// <summary>The shared tokenizer of a language.</summary>
    public static Tokenizer For(Language language) =>
        (uint)language < (uint)s_instances.Length
            ? s_instances[(int)language]
            : throw new ArgumentOutOfRangeException(nameof(language), language, "Supported languages: fr, en, es.");

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>, in text order.</summary>
    public void Tokenize(ReadOnlySpan<char> text, PooledList<Token> output)
    {
        var scan = new Scan { NoEmailBefore = 0, NextAt = -1 };
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (Characters.IsSkipped(c))
            {
                i++;
            }
            else if (Characters.IsWordChar(c))
            {
                i = ReadWord(text, i, i, ref scan, output);
            }
            else
            {
                i = ReadOther(text, i, ref scan, output);
            }
        }
    }

    private static void Add(PooledList<Token> output, int start, int end, TokenKind kind) =>
        output.Add(new Token(new TextSpan(start, end), kind));

    private static bool StartsWithIgnoreCase(ReadOnlySpan<char> text, int at, string prefix) =>
        text.Length - at >= prefix.Length && text.Slice(at, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The end of a URL starting at <paramref name="start"/>, or -1.</summary>
    private static int UrlEnd(ReadOnlySpan<char> text, int start)
    {
        char c = text[start];
        int body;
        if (c is 'h' or 'H' or 'f' or 'F')
        {
            int colon = text.Slice(start, Math.Min(MaxUrlSchemeLength, text.Length - start)).IndexOf("://", StringComparison.Ordinal);
            if (colon < 0
                || !(StartsWithIgnoreCase(text, start, "http://") || StartsWithIgnoreCase(text, start, "https://") || StartsWithIgnoreCase(text, start, "ftp://")))
            {
                return -1;
            }

            body = start + colon + 3;
        }
        else if (c is 'w' or 'W' && StartsWithIgnoreCase(text, start, "www.") && text.Length > start + 4 && Characters.IsWordChar(text[start + 4]))
        {
            body = start + 4;
        }
        else
        {
            return -1;
        }

        int end = body;
        int openParens = 0;
        while (end < text.Length)
        {
            char d = text[end];
            if (Characters.IsSkipped(d) || Characters.UrlStops.Contains(d))
            {
                break;
            }

            if (d == '(')
            {
                openParens++;
            }
            else if (d == ')')
            {
                if (openParens == 0)
                {
                    break;
                }

                openParens--;
            }

            end++;
        }

        // Punctuation after the address belongs to the sentence.
        while (end > body && Characters.UrlTrailers.Contains(text[end - 1]))
        {
            end--;
        }

        return end > body ? end : -1;
    }

    /// <summary>
    /// The end of an initialism starting at <paramref name="start"/> (<c>U.S.</c>, <c>J.-C.</c>, <c>a.m.</c>,
    /// <c>EE.UU.</c>): groups of one or two letters each followed by a period, at least two groups; -1 otherwise.
    /// </summary>
    private static int InitialismEnd(ReadOnlySpan<char> text, int start)
    {
        int p = start;
        int groups = 0;
        while (p < text.Length && Characters.IsLetter(text[p]))
        {
            int letters = 1;
            if (p + 1 < text.Length && Characters.IsLetter(text[p + 1]))
            {
                letters = 2;
            }

            int after = p + letters;
            if (after < text.Length && Characters.IsWordChar(text[after]))
            {
                break;
            }

            if (after < text.Length && text[after] == '.')
            {
                groups++;
                p = after + 1;
                if (p + 1 < text.Length && text[p] == '-' && Characters.IsLetter(text[p + 1])
                    && (p + 2 == text.Length || !Characters.IsWordChar(text[p + 2])))
                {
                    p++;
                }

                continue;
            }

            if (groups >= 1 && letters == 1)
            {
                // "U.S" written without its last period.
                groups++;
                p++;
            }

            break;
        }

        return groups >= 2 && !Characters.IsHyphen(text[p - 1]) ? p : -1;
    }

    /// <summary>
    /// The end of an e-mail address whose local part starts at <paramref name="start"/>, or -1. Remembers how far
    /// no address can start, so that a long run of dots and letters is scanned once.
    /// </summary>
    private static int EmailEnd(ReadOnlySpan<char> text, int start, ref Scan scan)
    {
        if (start < scan.NoEmailBefore)
        {
            return -1;
        }

        int p = start;
        while (p < text.Length && (Characters.IsWordChar(text[p]) || text[p] is '.' or '-' or '+'))
        {
            p++;
        }

        if (p >= text.Length || text[p] != '@' || !(Characters.IsWordChar(text[p - 1]) || text[p - 1] == '.'))
        {
            scan.NoEmailBefore = p;
            return -1;
        }

        int at = p;
        int q = at + 1;
        while (q < text.Length && (Characters.IsWordChar(text[q]) || text[q] is '.' or '-'))
        {
            q++;
        }

        while (q > at + 1 && text[q - 1] is '.' or '-')
        {
            q--;
        }

        int lastDot;

        lastDot = q > at + 1 ? text[(at + 1)..q].LastIndexOf('.') + at + 1 : at;
        if (lastDot <= at + 1 || lastDot >= q - 1 || !Characters.IsLetter(text[q - 1]))
        {
            scan.NoEmailBefore = at + 1;
            return -1;
        }

        return q;
    }

    /// <summary>
    /// True when an '@' lies close enough ahead for an e-mail address to start here; the position of the next '@'
    /// is found with a vectorized search and remembered, so the text is searched once.
    /// </summary>
    private static bool MayStartEmail(ReadOnlySpan<char> text, int start, ref Scan scan)
    {
        if (scan.NextAt < start)
        {
            int found = text[start..].IndexOf('@');
            scan.NextAt = found < 0 ? int.MaxValue : start + found;
        }

        return scan.NextAt - start <= MaxEmailLocalPart;
    }

    /// <summary>
    /// The length of an exchange code after a ticker, from its period to before the closing bracket (<c>.N</c> in
    /// <c>TGT.N)</c>, <c>.HK</c>): one or two capital letters; 0 when there is none.
    /// </summary>
    private static int TickerSuffixLength(ReadOnlySpan<char> text, int period)
    {
        int k = period + 1;
        while (k < text.Length && k - period <= 2 && char.IsAsciiLetterUpper(text[k]))
        {
            k++;
        }

        return k > period + 1 && k < text.Length && text[k] == ')' ? k - period : 0;
    }

    /// <summary>True for a ticker's root: one to eight capital letters and digits (<c>TGT</c>, <c>7203</c>, <c>BRK</c>).</summary>
    private static bool IsTickerRoot(ReadOnlySpan<char> root)
    {
        if (root.Length is 0 or > 8)
        {
            return false;
        }

        foreach (char c in root)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the letters after a period continue a web name or a file name ("site.fr", "a.b.c").</summary>
    private static bool ContinuesWebName(ReadOnlySpan<char> text, int afterDot)
    {
        if (!Characters.IsLower(text[afterDot]) && !Characters.IsDigit(text[afterDot]))
        {
            return false;
        }

        int end = afterDot;
        while (end < text.Length && Characters.IsWordChar(text[end]))
        {
            end++;
        }

        if (end + 1 < text.Length && text[end] == '.' && Characters.IsWordChar(text[end + 1]) && Characters.IsLower(text[end + 1]))
        {
            return true;
        }

        return end - afterDot <= 5 && s_webSuffixes.Contains(text[afterDot..end]);
    }

    /// <summary>The length of "(e)" or "(S)" at <paramref name="open"/> (one or two letters in brackets, then no word character); 0 otherwise.</summary>
    private static int ParenthesizedEndingLength(ReadOnlySpan<char> text, int open)
    {
        int p = open + 1;
        while (p < text.Length && p - open <= 3 && Characters.IsLetter(text[p]))
        {
            p++;
        }

        bool closed = p > open + 1 && p - open <= 3 && p < text.Length && text[p] == ')';
        return closed && (p + 1 == text.Length || !Characters.IsLetter(text[p + 1]) || Characters.IsLower(text[p + 1]))
            ? p + 1 - open
            : 0;
    }

    private static bool ThreeDigitsFollow(ReadOnlySpan<char> text, int at) =>
        at + 3 <= text.Length && Characters.IsDigit(text[at]) && Characters.IsDigit(text[at + 1]) && Characters.IsDigit(text[at + 2])
        && (at + 3 == text.Length || !Characters.IsWordChar(text[at + 3]));

    /// <summary>
    /// True when white space then a capitalised sentence starter (<c>Le</c>, <c>L'</c>, <c>The</c>) follow
    /// <paramref name="at"/>; the look-ahead is bounded.
    /// </summary>
    private bool SentenceStarterFollows(ReadOnlySpan<char> text, int at)
    {
        const int MaxSpaces = 3;
        const int MaxWord = 12;
        int p = at;
        while (p < text.Length && p - at < MaxSpaces && text[p] is ' ' or Characters.NoBreakSpace)
        {
            p++;
        }

        if (p == at || p >= text.Length || !Characters.IsUpper(text[p]))
        {
            return false;
        }

        int start = p;
        while (p < text.Length && p - start < MaxWord && Characters.IsWordChar(text[p]))
        {
            p++;
        }

        Span<char> buffer = stackalloc char[MaxWord + 1];
        text[start..p].CopyTo(buffer);
        int length = p - start;
        if (p < text.Length && Characters.IsApostrophe(text[p]))
        {
            buffer[length++] = Characters.Apostrophe;
        }
        else if (p < text.Length && Characters.IsWordChar(text[p]))
        {
            return false;
        }

        return _rules.IsSentenceStarter(buffer[..length]);
    }

    /// <summary>Reads a word, a number, an address or an initialism starting with a word character.</summary>
    /// <returns>The index after what was read.</returns>
    private int ReadWord(ReadOnlySpan<char> text, int tokenStart, int start, ref Scan scan, PooledList<Token> output)
    {
        char first = text[start];
        if (tokenStart == start && PlainWordEnd(text, start) is int plain and > 0)
        {
            Add(output, start, plain, TokenKind.Word);
            return plain;
        }

        if (first is 'h' or 'H' or 'w' or 'W' or 'f' or 'F' && tokenStart == start)
        {
            int url = UrlEnd(text, start);
            if (url > 0)
            {
                Add(output, start, url, TokenKind.Url);
                return url;
            }
        }

        if (tokenStart == start && MayStartEmail(text, start, ref scan))
        {
            int email = EmailEnd(text, start, ref scan);
            if (email > 0)
            {
                Add(output, start, email, TokenKind.Email);
                return email;
            }
        }

        if (tokenStart == start)
        {
            if (Characters.IsLetter(first))
            {
                int initialism = InitialismEnd(text, start);
                if (initialism > 0)
                {
                    // "aux U.S. The" ends a sentence: the last period is the sentence's, as UD writes it.
                    int end = text[initialism - 1] == '.' && SentenceStarterFollows(text, initialism) ? initialism - 1 : initialism;
                    Add(output, start, end, TokenKind.Word);
                    return end;
                }
            }
        }

        if (_rules.SplitsUnitsFromNumbers && start > 0 && Characters.IsDigit(text[start - 1]) && Characters.IsLetter(first))
        {
            // The unit of "14h30" or "160km", read after its number: letters only.
            int unitEnd = start + 1;
            while (unitEnd < text.Length && Characters.IsLetter(text[unitEnd]))
            {
                unitEnd++;
            }

            if (unitEnd < text.Length && Characters.IsDigit(text[unitEnd]))
            {
                Add(output, start, unitEnd, TokenKind.Word);
                return unitEnd;
            }
        }

        int p = start;
        bool numeric = Characters.IsDigit(first);    // digits and separators only so far
        bool simple = true;                          // one run of word characters so far
        bool hyphenated = false;
        bool apostrophed = false;   // joined by an inner apostrophe (Floc'h, aujourd'hui)
        bool webName = false;
        int groupRun = 0;                            // digits in the current group, when numeric
        bool groupable = numeric;                    // "7 000": first group of 1-3 digits, then groups of 3
        bool grouped = false;                        // a group space was taken
        int lastGroupSpace = 0;                      // where the last group space is, when grouped
        while (true)
        {
            int runStart = p;
            bool unitFollows = false;
            while (p < text.Length && Characters.IsWordChar(text[p]))
            {
                if (numeric && !Characters.IsDigit(text[p]))
                {
                    if (_rules.SplitsUnitsFromNumbers && p > tokenStart && !_rules.IsNumberSuffix(text, p))
                    {
                        // "160km", "14h30": the number ends where the unit starts; "1er", "24e" stay whole.
                        if (p - 1 > tokenStart && Characters.IsHyphen(text[p - 1]))
                        {
                            // After a hyphen the word is no unit: "4-temps" stays whole where hyphens join words
                            // (French UD); "15-year" is "15" "-" "year" where they separate them (English UD).
                            if (!_rules.SplitsHyphen(text, tokenStart, p - 1))
                            {
                                numeric = false;
                                p++;
                                continue;
                            }

                            p--;
                        }

                        unitFollows = true;
                        break;
                    }

                    numeric = false;
                }

                p++;
            }

            if (unitFollows)
            {
                break;
            }

            if (grouped && !numeric)
            {
                // A grouped number runs into letters ("7 000,5x"): end it before its last group, so that the
                // text after is read again once at most.
                p = lastGroupSpace;
                numeric = true;
                break;
            }

            groupRun = p - runStart;
            if (groupable && groupRun > 3)
            {
                groupable = false;
            }

            if (p + 1 >= text.Length)
            {
                break;
            }

            char c = text[p];
            char next = text[p + 1];
            if (grouped && !(c is '.' or ',' or ' ' || Characters.IsGroupSpace(c)))
            {
                // "7 000" takes decimals and more groups, never a hyphen or an apostrophe.
                break;
            }

            if (Characters.IsHyphen(c) && Characters.IsWordChar(next))
            {
                if (Characters.IsLetter(text[p - 1]) && Characters.IsLetter(next) && _rules.SplitsHyphen(text, tokenStart, p))
                {
                    break;
                }

                hyphenated = true;
                simple = false;
                groupable = false;
                p++;
                continue;
            }

            if (Characters.IsApostrophe(c) && Characters.IsLetter(next))
            {
                LanguageRules.ApostropheAction action = _rules.OnApostrophe(text, tokenStart, p, simple);
                if (action == LanguageRules.ApostropheAction.SplitAfter)
                {
                    Add(output, tokenStart, p + 1, TokenKind.Word);
                    tokenStart = p + 1;
                    p++;
                    numeric = false;
                    continue;
                }

                if (action == LanguageRules.ApostropheAction.SplitBefore)
                {
                    break;
                }

                apostrophed = true;
                simple = false;
                groupable = false;
                p++;
                continue;
            }

            if (Characters.IsDigit(next) && Characters.IsDigit(text[p - 1]))
            {
                if (c is '.' or ',' || (numeric && (c == ':' || (c == '/' && _rules.JoinsDigitsAcrossSlash))))
                {
                    simple = false;
                    groupable = false;
                    p++;
                    continue;
                }

                if (groupable && numeric && (Characters.IsGroupSpace(c) || (c == ' ' && _rules.GroupsDigitsWithSpace)) && ThreeDigitsFollow(text, p + 1))
                {
                    lastGroupSpace = p;
                    grouped = true;
                    p++;
                    continue;
                }
            }

            if (c == '.' && tokenStart > 0 && text[tokenStart - 1] == '(' && TickerSuffixLength(text, p) is int suffix and > 0 && IsTickerRoot(text[tokenStart..p]))
            {
                // A stock ticker with its exchange code in brackets, as agencies write it: "(TGT.N)", "(7203.T)".
                Add(output, tokenStart, p + suffix, TokenKind.Word);
                return p + suffix;
            }

            if (c == '.' && Characters.IsLetter(next) && !numeric && (webName && Characters.IsLower(next) || ContinuesWebName(text, p + 1)))
            {
                simple = false;
                webName = true;
                p++;
                continue;
            }

            if (c == '/' && simple && !numeric && _rules.SlashWordLength(text, tokenStart, p) is int slashWord and > 0)
            {
                // "b/c": a short word written with a slash.
                Add(output, tokenStart, tokenStart + slashWord, TokenKind.Word);
                return tokenStart + slashWord;
            }

            if (c == '(' && _rules.JoinsParenthesizedEndings && Characters.IsLetter(text[p - 1]) && ParenthesizedEndingLength(text, p) is int ending and > 0)
            {
                // "salarié(e)s", "MISE(S)": an optional ending in brackets stays in the word.
                simple = false;
                p += ending;
                continue;
            }

            break;
        }

        if (p < text.Length && simple && p - tokenStart == 1 && text[p] == Characters.DegreeSign && text[tokenStart] is 'n' or 'N')
        {
            // "n°" (numéro).
            p++;
            Add(output, tokenStart, p, TokenKind.Word);
            return p;
        }

        if (p < text.Length && simple && !numeric && Characters.IsApostrophe(text[p]) && _rules.IsElision(text[tokenStart..p]))
        {
            // An elided word before a quote or a bracket: l'« instantanéité ».
            Add(output, tokenStart, p + 1, TokenKind.Word);
            return p + 1;
        }

        // An abbreviation or an initial keeps its period: "M.", "etc.", "J.".
        if (p < text.Length && text[p] == '.' && !numeric && simple)
        {
            ReadOnlySpan<char> word = text[tokenStart..p];
            // An upper-case letter before a sentence starter is a name or a numeral that ends the sentence
            // ("Mac OS X. Une version"), not an initial ("J. Dupont").
            if (_rules.IsAbbreviation(word) || (word.Length == 1 && Characters.IsUpper(word[0]) && !SentenceStarterFollows(text, p + 1)))
            {
                Add(output, tokenStart, p + 1, TokenKind.Word);
                return p + 1;
            }
        }

        if ((simple || hyphenated || apostrophed) && !numeric && GluedStarter(text, tokenStart, p) is int glue and > 0)
        {
            // Scraped text loses line breaks: "ZelenskyDe son côté", "Requena-SolísEl exregidor" are a name and the
            // next sentence's first word.
            Add(output, tokenStart, glue, TokenKind.Word);
            Add(output, glue, p, TokenKind.Word);
            return p;
        }

        TokenKind kind = numeric ? TokenKind.Number : TokenKind.Word;
        if (hyphenated && !numeric)
        {
            AddHyphenated(text, tokenStart, p, output);
            return p;
        }

        Add(output, tokenStart, p, kind);
        return p;
    }

    /// <summary>
    /// The end of the commonest word, read without the checks below: lower-case ASCII letters then a space, a comma,
    /// a line break or the end of the text, not right after a digit (the unit of <c>160km</c>). None of the cases
    /// <see cref="ReadWord"/> looks for (an address, an e-mail, an initialism, a hyphen, an apostrophe, a period, a
    /// capital glued to the end) can start or end so. -1 for any other word.
    /// </summary>
    private static int PlainWordEnd(ReadOnlySpan<char> text, int start)
    {
        if (start > 0 && Characters.IsDigit(text[start - 1]))
        {
            return -1;
        }

        int p = start;
        while (p < text.Length && char.IsAsciiLetterLower(text[p]))
        {
            p++;
        }

        return p > start && (p == text.Length || text[p] is ' ' or ',' or '\n' or '\r') ? p : -1;
    }

    /// <summary>
    /// Adds a hyphenated word, cut before the inverted clitics the language splits off (<c>dit-elle</c>); its own
    /// method so the cut buffer is set up only for hyphenated words, not on every call of <see cref="ReadWord"/>.
    /// </summary>
    private void AddHyphenated(ReadOnlySpan<char> text, int start, int end, PooledList<Token> output)
    {
        Span<int> cuts = stackalloc int[2];
        int count = _rules.CliticCuts(text, start, end, cuts);
        int pieceStart = start;
        for (int k = 0; k < count; k++)
        {
            Add(output, pieceStart, cuts[k], TokenKind.Word);
            pieceStart = cuts[k];
        }

        Add(output, pieceStart, end, TokenKind.Word);
    }

    /// <summary>
    /// Where a capitalised sentence starter or page word glued to the end of a word begins (<c>ZelenskyDe</c>, <c>PutinThe</c>, <c>LashariRead</c>),
    /// or 0: the word before it has at least three letters and ends in a lower-case one, so names written in camel case
    /// (<c>YouTube</c>, <c>McDonald</c>, <c>LeBron</c>) stay whole unless their tail is a function word.
    /// </summary>
    private int GluedStarter(ReadOnlySpan<char> text, int start, int end)
    {
        const int MinHead = 3;
        const int MaxTail = 13;
        for (int q = end - 1; q >= start + MinHead && q >= end - MaxTail; q--)
        {
            char c = text[q];
            if ((uint)(c - 'a') <= 'z' - 'a')
            {
                continue;   // the common case, decided without a table look-up
            }

            if (Characters.IsUpper(c))
            {
                return Characters.IsLower(text[q - 1]) && Characters.IsLetter(text[start]) && _rules.IsGluedTail(text[q..end]) ? q : 0;
            }
        }

        return 0;
    }

    /// <summary>Reads a token that does not start with a word character.</summary>
    /// <returns>The index after what was read.</returns>
    private int ReadOther(ReadOnlySpan<char> text, int i, ref Scan scan, PooledList<Token> output)
    {
        char c = text[i];
        char next = i + 1 < text.Length ? text[i + 1] : '\0';
        if (char.IsHighSurrogate(c) && char.IsLowSurrogate(next))
        {
            Add(output, i, i + 2, TokenKind.Symbol);
            return i + 2;
        }

        if (Characters.IsApostrophe(c) && _rules.SplitsPossessive && next is 's' or 'S'
            && i > 0 && (i + 2 == text.Length || !Characters.IsWordChar(text[i + 2])))
        {
            Add(output, i, i + 2, TokenKind.Word);
            return i + 2;
        }

        if (c == Characters.DegreeSign && next is 'C' or 'F' && (i + 2 == text.Length || !Characters.IsWordChar(text[i + 2])))
        {
            // "°C": the degree sign with its scale.
            Add(output, i, i + 2, TokenKind.Symbol);
            return i + 2;
        }

        switch (c)
        {
            case '#' when Characters.IsWordChar(next):
                return ReadTag(text, i, TokenKind.Hashtag, output);
            case '@' when Characters.IsWordChar(next):
                return ReadTag(text, i, TokenKind.Mention, output);
            case '-' or '+' or Characters.MinusSign when Characters.IsDigit(next) && (i == 0 || Characters.IsSkipped(text[i - 1]) || text[i - 1] is '(' or '['):
                return ReadWord(text, i, i + 1, ref scan, output);
            case ':' or ';' when EmoticonLength(text, i) is int emoticon and > 0:
                Add(output, i, i + emoticon, TokenKind.Symbol);
                return i + emoticon;
            case '!' or '?':
                {
                    // "?!", "!!!": a run of final marks is one token; with periods too where the language joins them ("?.").
                    int end = i + 1;
                    while (end < text.Length && (text[end] is '!' or '?' || (text[end] == '.' && _rules.JoinsMixedFinalMarks)))
                    {
                        end++;
                    }

                    Add(output, i, end, TokenKind.Punctuation);
                    return end;
                }

            case '.' or '-' or '=' or '*' or '$' or '<' or '>' or '/' or '\\' or '~' or '+' or '#' or '_':
                {
                    // "...", "--", "====", "$$$": a run of the same mark is one token.
                    int end = i + 1;
                    while (end < text.Length && text[end] == c)
                    {
                        end++;
                    }

                    if (c == '.' && end - i <= 2 && end < text.Length && text[end] is '!' or '?' && _rules.JoinsMixedFinalMarks)
                    {
                        // ".?", "..?": one or two periods and the marks after them are one token (English EWT); a
                        // longer ellipsis stays apart ("... ?").
                        while (end < text.Length && text[end] is '!' or '?' or '.')
                        {
                            end++;
                        }
                    }

                    Add(output, i, end, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
                    return end;
                }
        }

        TokenKind kind = Characters.IsQuoteMark(c) ? TokenKind.QuoteMark
            : char.IsPunctuation(c) ? TokenKind.Punctuation
            : TokenKind.Symbol;
        Add(output, i, i + 1, kind);
        return i + 1;
    }

    /// <summary>The length of an emoticon at <paramref name="i"/> (<c>:)</c>, <c>;-)</c>, <c>:(</c>) followed by no word character; 0 otherwise.</summary>
    private static int EmoticonLength(ReadOnlySpan<char> text, int i)
    {
        int p = i + 1;
        if (p < text.Length && text[p] == '-')
        {
            p++;
        }

        if (p >= text.Length || text[p] is not (')' or '('))
        {
            return 0;
        }

        p++;
        return p == text.Length || Characters.IsSkipped(text[p]) ? p - i : 0;
    }

    private static int ReadTag(ReadOnlySpan<char> text, int i, TokenKind kind, PooledList<Token> output)
    {
        int end = i + 1;
        while (end < text.Length
            && (Characters.IsWordChar(text[end]) || (text[end] == '.' && end + 1 < text.Length && Characters.IsWordChar(text[end + 1]) && kind == TokenKind.Mention)))
        {
            end++;
        }

        Add(output, i, end, kind);
        return end;
    }

    /// <summary>State of one pass that makes look-ahead linear overall.</summary>
    private struct Scan
    {
        /// <summary>No e-mail address starts before this index (already scanned).</summary>
        public int NoEmailBefore;

        /// <summary>Index of the next '@' at or after the last word start looked at; <see cref="int.MaxValue"/> when none.</summary>
        public int NextAt;
    }
}
