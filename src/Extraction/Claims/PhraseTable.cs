using System.Collections.Frozen;

namespace Extraction.Claims;

/// <summary>
/// Multiword entries (markers, verb forms, connectives) indexed by their first word; matched against the words of
/// a text without allocating. Case is ignored and the typographic apostrophe equals the straight one.
/// </summary>
/// <typeparam name="T">What an entry carries.</typeparam>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, Entry[]> _byFirst;
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseTable(IEnumerable<(string[] Words, T Value)> entries)
    {
        var groups = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach ((string[] words, T value) in entries)
        {
            if (words.Length == 0)
            {
                continue;
            }

            if (!groups.TryGetValue(words[0], out List<Entry>? list))
            {
                list = [];
                groups.Add(words[0], list);
            }

            list.Add(new Entry(words, value));
        }

        _byFirst = groups.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.OrderByDescending(entry => entry.Words.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _byFirst.Count;

    /// <summary>The longest entry that starts at word <paramref name="index"/> and ends before <paramref name="limit"/>.</summary>
    public bool TryMatch(string text, ReadOnlySpan<ClaimWord> words, int index, int limit, out T value, out int length)
    {
        value = default!;
        length = 0;
        if ((uint)index >= (uint)words.Length)
        {
            return false;
        }

        ClaimWord first = words[index];
        if (!TryGet(text.AsSpan(first.Start, first.End - first.Start), out Entry[]? candidates) || candidates is null)
        {
            return false;
        }

        foreach (Entry entry in candidates)
        {
            int n = entry.Words.Length;
            if (index + n > limit || index + n > words.Length)
            {
                continue;
            }

            bool all = true;
            for (int k = 1; k < n; k++)
            {
                ClaimWord word = words[index + k];
                if (!TextFold.EqualsFolded(text.AsSpan(word.Start, word.End - word.Start), entry.Words[k]))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                value = entry.Value;
                length = n;
                return true;
            }
        }

        return false;
    }

    private bool TryGet(ReadOnlySpan<char> word, out Entry[]? entries)
    {
        if (word.Length > 64)
        {
            entries = null;
            return false;
        }

        if (word.IndexOfAny(TextFold.TypographicApostrophes) < 0)
        {
            return _lookup.TryGetValue(word, out entries);
        }

        Span<char> buffer = stackalloc char[word.Length];
        TextFold.StraightenApostrophes(word, buffer);
        return _lookup.TryGetValue(buffer, out entries);
    }

    private sealed record Entry(string[] Words, T Value);
}
