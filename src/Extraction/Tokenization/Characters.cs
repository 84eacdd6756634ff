using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Extraction.Tokenization;

/// <summary>The character classes the tokenizer and the sentence splitter work with.</summary>
internal static class Characters
{
    public const char NoBreakSpace = '\u00A0';
    public const char NarrowNoBreakSpace = '\u202F';
    public const char ThinSpace = '\u2009';
    public const char FigureSpace = '\u2007';
    public const char ZeroWidthSpace = '\u200B';
    public const char LeftToRightMark = '\u200E';
    public const char RightToLeftMark = '\u200F';
    public const char WordJoiner = '\u2060';
    public const char ByteOrderMark = '\uFEFF';
    public const char SoftHyphen = '\u00AD';
    public const char Apostrophe = '\'';
    public const char RightSingleQuote = '\u2019';
    public const char ModifierApostrophe = '\u02BC';
    public const char LeftSingleQuote = '\u2018';
    public const char LowSingleQuote = '\u201A';
    public const char ReversedSingleQuote = '\u201B';
    public const char LeftDoubleQuote = '\u201C';
    public const char RightDoubleQuote = '\u201D';
    public const char LowDoubleQuote = '\u201E';
    public const char ReversedDoubleQuote = '\u201F';
    public const char LeftGuillemet = '\u00AB';
    public const char RightGuillemet = '\u00BB';
    public const char LeftSingleGuillemet = '\u2039';
    public const char RightSingleGuillemet = '\u203A';
    public const char FullwidthQuote = '\uFF02';
    public const char NonBreakingHyphen = '\u2011';
    public const char EnDash = '\u2013';
    public const char EmDash = '\u2014';
    public const char HorizontalBar = '\u2015';
    public const char MinusSign = '\u2212';
    public const char Ellipsis = '\u2026';
    public const char DegreeSign = '\u00B0';
    public const char InvertedQuestionMark = '\u00BF';
    public const char InvertedExclamationMark = '\u00A1';

    /// <summary>Apostrophes that may join or end a word (<c>l'</c>, <c>aujourd’hui</c>).</summary>
    public static readonly SearchValues<char> Apostrophes = SearchValues.Create([Apostrophe, RightSingleQuote, ModifierApostrophe]);

    /// <summary>Every quotation mark, of any convention.</summary>
    public static readonly SearchValues<char> QuoteMarks = SearchValues.Create(
    [
        '"', Apostrophe, '`', LeftGuillemet, RightGuillemet, LeftSingleGuillemet, RightSingleGuillemet, LeftDoubleQuote,
        RightDoubleQuote, LowDoubleQuote, ReversedDoubleQuote, LeftSingleQuote, RightSingleQuote, LowSingleQuote, ReversedSingleQuote,
    ]);

    /// <summary>Marks that open a quotation or a parenthesis and may start a sentence.</summary>
    public static readonly SearchValues<char> Openers = SearchValues.Create(
    [
        '"', '(', '[', '{', LeftGuillemet, LeftSingleGuillemet, LeftDoubleQuote, LowDoubleQuote, LeftSingleQuote, LowSingleQuote,
        InvertedQuestionMark, InvertedExclamationMark, '-', EnDash, EmDash, HorizontalBar, '*',
    ]);

    /// <summary>Marks that close a quotation or a parenthesis and stay with the sentence they end.</summary>
    public static readonly SearchValues<char> Closers = SearchValues.Create(
    [
        ')', ']', '}', RightGuillemet, RightSingleGuillemet, RightDoubleQuote, RightSingleQuote, Apostrophe, '"',
    ]);

    /// <summary>Characters that end a URL for certain (besides white space).</summary>
    public static readonly SearchValues<char> UrlStops = SearchValues.Create(
    [
        '"', '<', '>', '{', '}', '|', '\\', '^', '`', LeftGuillemet, RightGuillemet, LeftDoubleQuote, RightDoubleQuote,
        LowDoubleQuote, LeftSingleGuillemet, RightSingleGuillemet,
    ]);

    /// <summary>Trailing characters that end a sentence rather than a URL.</summary>
    public static readonly SearchValues<char> UrlTrailers = SearchValues.Create(".,;:!?')]" + RightSingleQuote + Ellipsis);

    /// <summary>True for a hyphen inside a word (<c>-</c> and the no-break hyphen).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHyphen(char c) => c == '-' || c == NonBreakingHyphen;

    /// <summary>True for the apostrophes of <see cref="Apostrophes"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c == Apostrophe || c == RightSingleQuote || c == ModifierApostrophe;

    /// <summary>True for ASCII digits 0-9.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>True for a space that may group the digits of a number (<c>7 000</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsGroupSpace(char c) => c == NoBreakSpace || c == NarrowNoBreakSpace || c == ThinSpace || c == FigureSpace;

    /// <summary>True for characters that never belong to a token: white space, controls, invisible marks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSkipped(char c)
    {
        if (c < 0x7F)
        {
            return c <= ' ';
        }

        return char.IsWhiteSpace(c) || char.IsControl(c) || c is ZeroWidthSpace or LeftToRightMark or RightToLeftMark or WordJoiner or ByteOrderMark or SoftHyphen;
    }

    // Word characters of the Latin blocks (up to Latin Extended-B and the IPA letters), precomputed: French and
    // Spanish accented letters are looked up, not classified, on the hot path.
    private const int TableSize = 0x300;
    private static readonly bool[] s_wordChars = BuildWordChars();

    /// <summary>True for letters, digits, combining marks and the underscore: the characters words are made of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < TableSize ? s_wordChars[c] : IsNonAsciiWordChar(c);

    /// <summary>True for a letter (any script).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 0x80 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    /// <summary>True for an upper-case or title-case letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < 0x80 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    /// <summary>True for a lower-case letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => c < 0x80 ? char.IsAsciiLetterLower(c) : char.IsLower(c);

    /// <summary>True for the quotation marks of <see cref="QuoteMarks"/>.</summary>
    public static bool IsQuoteMark(char c) => QuoteMarks.Contains(c);

    private static bool[] BuildWordChars()
    {
        var table = new bool[TableSize];
        for (int c = 0; c < TableSize; c++)
        {
            table[c] = c < 0x80 ? char.IsAsciiLetterOrDigit((char)c) || c == '_' : IsNonAsciiWordChar((char)c);
        }

        return table;
    }

    private static bool IsNonAsciiWordChar(char c)
    {
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return c != ModifierApostrophe;
            default:
                return false;
        }
    }
}
