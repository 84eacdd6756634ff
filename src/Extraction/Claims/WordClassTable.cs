using System.Collections.Frozen;

namespace Extraction.Claims;

/// <summary>Single words and their <see cref="WordClass"/>es, looked up by span without allocating.</summary>
internal sealed class WordClassTable
{
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClassTable(IReadOnlyDictionary<string, WordClass> classes)
    {
        _lookup = classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public WordClass ClassOf(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > 48)
        {
            return WordClass.None;
        }

        if (word.IndexOfAny(TextFold.TypographicApostrophes) < 0)
        {
            return _lookup.TryGetValue(word, out WordClass found) ? found : WordClass.None;
        }

        Span<char> buffer = stackalloc char[word.Length];
        TextFold.StraightenApostrophes(word, buffer);
        return _lookup.TryGetValue(buffer, out WordClass straight) ? straight : WordClass.None;
    }

    public bool Is(ReadOnlySpan<char> word, WordClass wanted) => (ClassOf(word) & wanted) != 0;
}
