using System.Collections.Frozen;

namespace Extraction.Entities;

/// <summary>The kinds of name list a gazetteer entry comes from; one bit each.</summary>
internal enum GazetteerKind
{
    Country = 0,
    City = 1,
    Region = 2,
    Nationality = 3,
    FirstName = 4,
    Surname = 5,
    Title = 6,
    LegalForm = 7,
    Organization = 8,
    OrganizationHead = 9,
}

/// <summary>
/// Name lists matched over token sequences, case-insensitively. A key is the lower-cased entry with its white space
/// removed, so <c>Corée du Nord</c> matches the tokens <c>Corée</c> <c>du</c> <c>Nord</c> and <c>Royaume-Uni</c>
/// matches one token or three; keys also mark the prefixes that end at a plausible token boundary (after a space,
/// an apostrophe or around a hyphen) so that matching stops as soon as no entry can continue.
/// </summary>
internal sealed class Gazetteer
{
    public const int KindCount = 10;

    /// <summary>Longest match, in tokens.</summary>
    public const int MaxTokens = 6;

    /// <summary>Longest key, in chars.</summary>
    public const int MaxKeyChars = 64;

    private const ushort Continues = 0x8000;
    private const char RightSingleQuote = '\u2019';

    private readonly FrozenDictionary<string, ushort> _keys;
    private readonly FrozenDictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private Gazetteer(FrozenDictionary<string, ushort> keys)
    {
        _keys = keys;
        _lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Gazetteer Empty { get; } = new(FrozenDictionary<string, ushort>.Empty);

    /// <summary>The entries as (key, kind bits and continuation bit), for saving in a model.</summary>
    public IEnumerable<KeyValuePair<string, ushort>> Keys => _keys;

    public int Count => _keys.Count;

    /// <summary>Builds the gazetteer from raw entries (the lists' lines) with their kinds.</summary>
    public static Gazetteer Build(IEnumerable<(string Entry, GazetteerKind Kind)> entries)
    {
        var keys = new Dictionary<string, ushort>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[MaxKeyChars];
        foreach ((string entry, GazetteerKind kind) in entries)
        {
            int length = 0;
            bool tooLong = false;
            int tokens = 1;
            for (int i = 0; i < entry.Length && !tooLong; i++)
            {
                char c = entry[i];
                if (char.IsWhiteSpace(c))
                {
                    if (length > 0)
                    {
                        AddPrefix(keys, buffer[..length]);
                        tokens++;
                    }

                    continue;
                }

                if (length == MaxKeyChars)
                {
                    tooLong = true;
                    break;
                }

                if (c == '-')
                {
                    // Hyphens are left out of keys: "nord-coréen", "nord coréen" and "Nord-Coréen" meet.
                    if (length > 0)
                    {
                        AddPrefix(keys, buffer[..length]);
                    }

                    continue;
                }

                buffer[length++] = Normalize(c);
                if (c is '\'' or RightSingleQuote)
                {
                    AddPrefix(keys, buffer[..length]);
                }
            }

            if (tooLong || length == 0 || tokens > MaxTokens)
            {
                continue;
            }

            string key = new(buffer[..length]);
            keys[key] = (ushort)((keys.TryGetValue(key, out ushort bits) ? bits : 0) | (1 << (int)kind));
        }

        return new Gazetteer(keys.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Rebuilds a gazetteer from saved keys.</summary>
    public static Gazetteer FromKeys(IEnumerable<KeyValuePair<string, ushort>> keys) =>
        new(keys.ToFrozenDictionary(StringComparer.Ordinal));

    /// <summary>Lower case, with the typographic apostrophe folded into the ASCII one.</summary>
    public static char Normalize(char c) => c == RightSingleQuote ? '\'' : char.ToLowerInvariant(c);

    /// <summary>
    /// Marks, for each token, the kinds of the entries it belongs to and its position in them: bit
    /// <c>4 * kind + part</c> with part Begin, Inside, Last or Unit (as in BILOU).
    /// </summary>
    public void Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<ulong> marks)
    {
        marks.Clear();
        if (_keys.Count == 0)
        {
            return;
        }

        Span<char> buffer = stackalloc char[MaxKeyChars];
        for (int start = 0; start < tokens.Length; start++)
        {
            int length = 0;
            bool multi = tokens[start].Span.Length > 0 && char.IsUpper(text[tokens[start].Start]);
            int limit = multi ? Math.Min(tokens.Length, start + MaxTokens) : start + 1;
            for (int end = start; end < limit; end++)
            {
                ReadOnlySpan<char> word = text.Slice(tokens[end].Start, tokens[end].Span.Length);
                if (length + word.Length > MaxKeyChars)
                {
                    break;
                }

                int before = length;
                for (int k = 0; k < word.Length; k++)
                {
                    if (word[k] != '-')
                    {
                        buffer[length++] = Normalize(word[k]);
                    }
                }

                if (length == before)
                {
                    if (end == start)
                    {
                        break;
                    }

                    continue;
                }

                if (!_lookup.TryGetValue(buffer[..length], out ushort bits))
                {
                    break;
                }

                uint kinds = (uint)(bits & ~Continues);
                if (kinds != 0)
                {
                    Mark(marks, start, end, kinds);
                }

                if ((bits & Continues) == 0)
                {
                    break;
                }
            }

            MatchHyphenatedNationality(text, tokens, start, marks, buffer);
        }
    }

    /// <summary>
    /// A hyphenated word whose last part is a nationality word is one too (<c>franco-allemande</c>,
    /// <c>pro-russes</c>, <c>sud-africain</c>).
    /// </summary>
    private void MatchHyphenatedNationality(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, Span<ulong> marks, Span<char> buffer)
    {
        ReadOnlySpan<char> word = text.Slice(tokens[index].Start, tokens[index].Span.Length);
        int hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1 || word.Length - hyphen - 1 > MaxKeyChars)
        {
            return;
        }

        ReadOnlySpan<char> last = word[(hyphen + 1)..];
        for (int k = 0; k < last.Length; k++)
        {
            buffer[k] = Normalize(last[k]);
        }

        if (_lookup.TryGetValue(buffer[..last.Length], out ushort bits) && (bits & (1 << (int)GazetteerKind.Nationality)) != 0)
        {
            Mark(marks, index, index, 1u << (int)GazetteerKind.Nationality);
        }
    }

    private static void Mark(Span<ulong> marks, int start, int end, uint kinds)
    {
        for (int kind = 0; kind < KindCount; kind++)
        {
            if ((kinds & (1u << kind)) == 0)
            {
                continue;
            }

            for (int i = start; i <= end; i++)
            {
                int part = start == end ? EntityTags.Unit : i == start ? EntityTags.Begin : i == end ? EntityTags.Last : EntityTags.Inside;
                marks[i] |= 1UL << ((4 * kind) + part);
            }
        }
    }

    private static void AddPrefix(Dictionary<string, ushort> keys, ReadOnlySpan<char> prefix)
    {
        string key = new(prefix);
        keys[key] = (ushort)((keys.TryGetValue(key, out ushort bits) ? bits : 0) | Continues);
    }
}
