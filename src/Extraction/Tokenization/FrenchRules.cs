using System.Collections.Frozen;
using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>
/// French, as Universal Dependencies French (GSD, Sequoia) tokenizes it: elided words end at their apostrophe
/// (<c>l'</c> <c>armée</c>, <c>jusqu'</c> <c>à</c>); inverted clitics after a verb are their own token with their
/// hyphen (<c>dit</c> <c>-il</c>, <c>a</c> <c>-t-elle</c>); other hyphenated words stay whole (<c>Jean-Pierre</c>,
/// <c>peut-être</c>); numbers group their digits with a space (<c>7 000</c>).
/// </summary>
internal sealed class FrenchRules : LanguageRules
{
    private const int MaxLookup = 40;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _elisions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _clitics;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _wholeWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _numberSuffixes;

    private FrenchRules()
        : base("fr")
    {
        _elisions = WordList.Load("fr", "elisions.txt", ignoreCase: true).GetAlternateLookup<ReadOnlySpan<char>>();
        _clitics = WordList.Load("fr", "inverted-clitics.txt", ignoreCase: true).GetAlternateLookup<ReadOnlySpan<char>>();
        _wholeWords = WordList.Load("fr", "whole-words.txt", ignoreCase: true).GetAlternateLookup<ReadOnlySpan<char>>();
        _numberSuffixes = WordList.Load("fr", "number-suffixes.txt", ignoreCase: true).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static FrenchRules Instance { get; } = new();

    public override bool GroupsDigitsWithSpace => true;

    public override bool SplitsUnitsFromNumbers => true;

    public override bool JoinsParenthesizedEndings => true;

    public override bool IsElision(ReadOnlySpan<char> word) => _elisions.Contains(word);

    public override bool IsNumberSuffix(ReadOnlySpan<char> text, int at) => IsSuffixIn(_numberSuffixes, text, at);

    public override ApostropheAction OnApostrophe(ReadOnlySpan<char> text, int wordStart, int apostrophe, bool simple)
    {
        if (!simple || !_elisions.Contains(text[wordStart..apostrophe]))
        {
            return ApostropheAction.Join;
        }

        // A few words keep their elision inside ("l'on", "c'est-à-dire"): look at the word that follows, with
        // its hyphenated parts, within a bounded window.
        int end = apostrophe + 1;
        int limit = Math.Min(text.Length, wordStart + MaxLookup);
        while (end < limit && Characters.IsWordChar(text[end]))
        {
            end++;
        }

        if (IsWholeWord(text[wordStart..end]))
        {
            return ApostropheAction.Join;
        }

        while (end + 1 < limit && Characters.IsHyphen(text[end]) && Characters.IsWordChar(text[end + 1]))
        {
            end++;
            while (end < limit && Characters.IsWordChar(text[end]))
            {
                end++;
            }

            if (IsWholeWord(text[wordStart..end]))
            {
                return ApostropheAction.Join;
            }
        }

        return ApostropheAction.SplitAfter;
    }

    public override int CliticCuts(ReadOnlySpan<char> text, int start, int end, Span<int> cuts)
    {
        if (IsWholeWord(text[start..end]))
        {
            return 0;
        }

        // Peel at most two clitics from the end ("donne-le-moi"), with the euphonic t of "a-t-il".
        int cut = end;
        int count = 0;
        while (count < 2 && count < cuts.Length)
        {
            int hyphen = cut - 1;
            while (hyphen > start && !Characters.IsHyphen(text[hyphen]))
            {
                hyphen--;
            }

            if (hyphen <= start || !_clitics.Contains(text[(hyphen + 1)..cut]))
            {
                break;
            }

            int pieceStart = hyphen;
            if (hyphen - 2 > start && (text[hyphen - 1] == 't' || text[hyphen - 1] == 'T') && Characters.IsHyphen(text[hyphen - 2]))
            {
                pieceStart = hyphen - 2;
            }

            if (pieceStart <= start || !Characters.IsLetter(text[pieceStart - 1]))
            {
                break;
            }

            cut = pieceStart;
            cuts[count++] = cut;
        }

        // The cuts were found from the end; give them in text order.
        for (int i = 0, j = count - 1; i < j; i++, j--)
        {
            (cuts[i], cuts[j]) = (cuts[j], cuts[i]);
        }

        return count;
    }

    private bool IsWholeWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxLookup];
        return TryFold(word, buffer, out ReadOnlySpan<char> folded) && _wholeWords.Contains(folded);
    }
}
