using System.Collections.Frozen;
using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>
/// English: contractions and possessives stay one surface token (<c>don't</c>, <c>Putin's</c>), as in the
/// surface layer of Universal Dependencies English EWT, where they are multi-word tokens; a hyphen between letters
/// separates tokens (<c>grass</c> <c>-</c> <c>roots</c>) except after a prefix (<c>e-mail</c>, <c>non-human</c>);
/// a unit glued to a number is split off (<c>375</c> <c>mm</c>) but ordinals stay whole (<c>4th</c>, <c>1990s</c>).
/// </summary>
internal sealed class EnglishRules : LanguageRules
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _numberSuffixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _slashWords;

    private EnglishRules()
        : base("en")
    {
        _prefixes = WordList.Load("en", "hyphen-prefixes.txt", ignoreCase: true).GetAlternateLookup<ReadOnlySpan<char>>();
        _numberSuffixes = WordList.Load("en", "number-suffixes.txt", ignoreCase: false).GetAlternateLookup<ReadOnlySpan<char>>();
        _slashWords = WordList.Load("en", "slash-words.txt", ignoreCase: true).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static EnglishRules Instance { get; } = new();

    public override bool SplitsUnitsFromNumbers => true;

    public override bool JoinsMixedFinalMarks => true;

    public override bool IsNumberSuffix(ReadOnlySpan<char> text, int at) => IsSuffixIn(_numberSuffixes, text, at);

    public override int SlashWordLength(ReadOnlySpan<char> text, int wordStart, int slash)
    {
        // At most two letters on each side ("b/c"), then no word character and no further slash.
        int end = slash + 1;
        while (end < text.Length && end - slash <= 2 && Characters.IsLetter(text[end]))
        {
            end++;
        }

        if (slash - wordStart > 2 || (end < text.Length && (Characters.IsWordChar(text[end]) || text[end] == '/')))
        {
            return 0;
        }

        return _slashWords.Contains(text[wordStart..end]) ? end - wordStart : 0;
    }

    public override bool SplitsHyphen(ReadOnlySpan<char> text, int wordStart, int hyphen) =>
        !_prefixes.Contains(text[wordStart..hyphen]);
}
