using System.Collections.Frozen;
using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>
/// What a language changes in tokenization and sentence splitting: its abbreviations, what an apostrophe or a
/// hyphen inside a word means, how numbers group their digits. Immutable and shared.
/// </summary>
internal abstract class LanguageRules
{
    /// <summary>What an apostrophe between two letters does.</summary>
    public enum ApostropheAction
    {
        /// <summary>The apostrophe stays inside the word (<c>aujourd'hui</c>, <c>O'Neill</c>, <c>don't</c>).</summary>
        Join,

        /// <summary>The word ends after the apostrophe (<c>l'</c> + <c>armée</c>).</summary>
        SplitAfter,

        /// <summary>The word ends before the apostrophe (Spanish <c>Messi</c> + <c>'s</c>).</summary>
        SplitBefore,
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceStarters;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _nonFinalWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _glueTails;
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _firstNames;

    protected LanguageRules(string code)
    {
        FrozenSet<string> entries = WordList.Load(code, "abbreviations.txt", ignoreCase: false);
        var all = new List<string>();
        var titles = new List<string>();
        foreach (string entry in entries)
        {
            if (entry[0] == '=')
            {
                titles.Add(entry[1..]);
                all.Add(entry[1..]);
            }
            else
            {
                all.Add(entry);
            }
        }

        _abbreviations = all.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _titles = titles.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _sentenceStarters = WordList.Load(code, "sentence-starters.txt", ignoreCase: false).GetAlternateLookup<ReadOnlySpan<char>>();
        _nonFinalWords = WordList.Load(code, "non-final-words.txt", ignoreCase: false).GetAlternateLookup<ReadOnlySpan<char>>();
        _glueTails = WordList.Load(code, "glue-tails.txt", ignoreCase: false).GetAlternateLookup<ReadOnlySpan<char>>();

        // Read on first use: the splitter needs it only after a semicolon before a capital.
        _firstNames = new(() => WordList.Load(code, "gazetteer-first-names.txt", ignoreCase: false).GetAlternateLookup<ReadOnlySpan<char>>());
    }

    /// <summary>
    /// True when the hyphen at <paramref name="hyphen"/>, between two letters, separates two tokens (Spanish and
    /// English UD) rather than joining one word (French UD).
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="wordStart">Start of the word being read.</param>
    /// <param name="hyphen">Index of the hyphen.</param>
    public virtual bool SplitsHyphen(ReadOnlySpan<char> text, int wordStart, int hyphen) => false;

    /// <summary>True when periods mixed with question or exclamation marks are one token with them (<c>?.</c>, <c>!.</c>, <c>..?</c>, English UD).</summary>
    public virtual bool JoinsMixedFinalMarks => false;

    /// <summary>
    /// The length of a short word written with a slash (English <c>b/c</c>) that starts at
    /// <paramref name="wordStart"/> and has its slash at <paramref name="slash"/>; 0 when there is none.
    /// </summary>
    public virtual int SlashWordLength(ReadOnlySpan<char> text, int wordStart, int slash) => 0;

    /// <summary>True when a number and the unit glued to it are two tokens (<c>160</c> <c>km</c>, French UD).</summary>
    public virtual bool SplitsUnitsFromNumbers => false;

    /// <summary>True when a slash between digits joins them (<c>03/27/2001</c>, English UD).</summary>
    public virtual bool JoinsDigitsAcrossSlash => true;

    /// <summary>True when an optional ending in brackets stays in its word (<c>salarié(e)s</c>).</summary>
    public virtual bool JoinsParenthesizedEndings => false;

    /// <summary>True for an elided word without its apostrophe (French <c>l</c>, <c>qu</c>).</summary>
    public virtual bool IsElision(ReadOnlySpan<char> word) => false;

    /// <summary>
    /// True when the letters at <paramref name="at"/>, right after digits, are a suffix that stays with the number
    /// (<c>1er</c>, <c>24e</c>) when units are split from numbers.
    /// </summary>
    public virtual bool IsNumberSuffix(ReadOnlySpan<char> text, int at) => true;

    /// <summary>True when the possessive <c>'s</c> is a token of its own (Spanish UD), not part of the word.</summary>
    public virtual bool SplitsPossessive => false;

    /// <summary>True when an ordinary space may group the digits of a number (<c>7 000</c> in French).</summary>
    public virtual bool GroupsDigitsWithSpace => false;

    /// <summary>True for a word (without its period) that takes a period as part of it (<c>M.</c>, <c>etc.</c>).</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) => _abbreviations.Contains(word);

    /// <summary>True for an abbreviation that announces a name or a number and never ends a sentence (<c>M.</c>).</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(word);

    /// <summary>
    /// True for a capitalised word that starts a sentence when it follows a word and precedes a lower-case word,
    /// even with no final mark before it (<c>Les</c>, <c>Il</c>).
    /// </summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _sentenceStarters.Contains(word);

    /// <summary>
    /// True for a capitalised word that scraped text glues to the end of the word before it and that is split off it:
    /// a sentence starter (<c>PutinThe</c>) or a word of the page's furniture (<c>LashariRead more</c>, <c>RochereauPartager</c>).
    /// </summary>
    public bool IsGluedTail(ReadOnlySpan<char> word) => _sentenceStarters.Contains(word) || _glueTails.Contains(word);

    /// <summary>True for a given name as it is written (<c>Lucien</c>, <c>Anita</c>), from the language's gazetteer.</summary>
    public bool IsFirstName(ReadOnlySpan<char> word) => _firstNames.Value.Contains(word);

    /// <summary>True for a lower-case word after which no sentence ends (<c>de</c>, <c>les</c>, <c>avec</c>).</summary>
    public bool IsNonFinalWord(ReadOnlySpan<char> word) => _nonFinalWords.Contains(word);

    /// <summary>What the apostrophe at <paramref name="apostrophe"/> does to the word that began at <paramref name="wordStart"/>.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="wordStart">Start of the word being scanned (no hyphen or apostrophe before it in the word).</param>
    /// <param name="apostrophe">Index of the apostrophe, followed by a letter.</param>
    /// <param name="simple">True when the word so far is one run of word characters.</param>
    public virtual ApostropheAction OnApostrophe(ReadOnlySpan<char> text, int wordStart, int apostrophe, bool simple) => ApostropheAction.Join;

    /// <summary>
    /// Where a hyphenated word splits into a verb and its inverted clitics (French <c>dit-il</c>): writes the
    /// start of each clitic into <paramref name="cuts"/> in text order and returns how many there are.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Start of the hyphenated word.</param>
    /// <param name="end">End of the hyphenated word.</param>
    /// <param name="cuts">Room for the cuts (two are enough).</param>
    public virtual int CliticCuts(ReadOnlySpan<char> text, int start, int end, Span<int> cuts) => 0;

    /// <summary>The rules of a language.</summary>
    public static LanguageRules For(Language language) => language switch
    {
        Language.French => FrenchRules.Instance,
        Language.English => EnglishRules.Instance,
        Language.Spanish => SpanishRules.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Supported languages: fr, en, es."),
    };

    /// <summary>True when the letters at <paramref name="at"/> (then no word character) are in <paramref name="suffixes"/>.</summary>
    protected static bool IsSuffixIn(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> suffixes, ReadOnlySpan<char> text, int at)
    {
        int end = at;
        while (end < text.Length && end - at <= 4 && Characters.IsLetter(text[end]))
        {
            end++;
        }

        return (end == text.Length || !Characters.IsWordChar(text[end])) && suffixes.Contains(text[at..end]);
    }

    /// <summary>
    /// Copies a short word into <paramref name="buffer"/> with typographic apostrophes made straight, for lookups
    /// in word lists written with <c>'</c>; false when the word is longer than the buffer.
    /// </summary>
    protected static bool TryFold(ReadOnlySpan<char> word, Span<char> buffer, out ReadOnlySpan<char> folded)
    {
        if (word.Length > buffer.Length)
        {
            folded = default;
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            buffer[i] = Characters.IsApostrophe(c) ? Characters.Apostrophe : c == Characters.NonBreakingHyphen ? '-' : c;
        }

        folded = buffer[..word.Length];
        return true;
    }
}
