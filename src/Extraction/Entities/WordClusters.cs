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

    /// <summary>Writes the table in ordinal key order (so model files are deterministic): a count, then word and id pairs.</summary>
    public void WriteTo(BinaryWriter writer)
    {
        List<KeyValuePair<string, ushort>> clusters = [.. _clusters.OrderBy(k => k.Key, StringComparer.Ordinal)];
        writer.Write(clusters.Count);
        foreach (KeyValuePair<string, ushort> cluster in clusters)
        {
            writer.Write(cluster.Key);
            writer.Write(cluster.Value);
        }
    }

    /// <summary>Reads a table written by <see cref="WriteTo"/>; a count out of range is reported as corruption of model <paramref name="modelName"/>.</summary>
    public static WordClusters ReadFrom(BinaryReader reader, string modelName)
    {
        int count = reader.ReadInt32();
        if (count is < 0 or > 10_000_000)
        {
            throw new ModelLoadException($"Model '{modelName}' is corrupt: it declares {count} word clusters.");
        }

        var clusters = new KeyValuePair<string, ushort>[count];
        for (int i = 0; i < count; i++)
        {
            clusters[i] = new(reader.ReadString(), reader.ReadUInt16());
        }

        return new WordClusters(clusters);
    }

    /// <summary>The cluster of a normalised (lower-case) word, or -1.</summary>
    public int Find(ReadOnlySpan<char> normalizedWord) =>
        _clusters.Count != 0 && _lookup.TryGetValue(normalizedWord, out ushort cluster) ? cluster : -1;
}
