using System.Collections.Frozen;

namespace Extraction.Entities;

/// <summary>
/// Word clusters induced from unlabelled text: each known word (lower case) has a bit string whose prefixes name
/// coarser clusters (as with Brown clusters). Words are looked up through a span, without substrings.
/// </summary>
internal sealed class WordClusters
{
    /// <summary>The number of bits of a cluster id.</summary>
    public const int Bits = 16;

    private readonly FrozenDictionary<string, ushort> _clusters;
    private readonly FrozenDictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClusters(IEnumerable<KeyValuePair<string, ushort>> clusters)
    {
        _clusters = clusters.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _clusters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordClusters Empty { get; } = new([]);

    public int Count => _clusters.Count;

    public IEnumerable<KeyValuePair<string, ushort>> Entries => _clusters;

    /// <summary>The cluster of a normalised (lower-case) word, or -1.</summary>
    public int Find(ReadOnlySpan<char> normalizedWord) =>
        _clusters.Count != 0 && _lookup.TryGetValue(normalizedWord, out ushort cluster) ? cluster : -1;
}
