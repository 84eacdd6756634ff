using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Extraction.Entities;

/// <summary>
/// The tagger's feature weights laid out for scoring. Per hash bucket it keeps the 16 entity tags' weights minus the
/// weight of <c>O</c>: adding one constant to every tag of a token never changes the best path, so <c>O</c> needs no
/// column, and a bucket is 16 floats, exactly one aligned 64-byte cache line. A feature then costs one memory access
/// instead of the two a 17-float row straddles. Values are rounded to <see cref="Half"/>, the precision of the model
/// file, so a saved and reloaded model tags exactly as the one in memory.
/// </summary>
internal sealed class WeightTable
{
    /// <summary>Floats per bucket: every tag but <c>O</c>.</summary>
    public const int Width = EntityTags.Count - 1;

    private const int CacheLine = 64;

    // Pinned, so the aligned start computed once stays aligned.
    private readonly float[] _storage;
    private readonly int _start;

    private WeightTable(int buckets)
    {
        Buckets = buckets;
        _storage = GC.AllocateArray<float>((buckets * Width) + (CacheLine / sizeof(float)), pinned: true);
        _start = FirstAligned(_storage);
    }

    /// <summary>The number of hash buckets.</summary>
    public int Buckets { get; }

    /// <summary>All buckets' values, bucket-major, <see cref="Width"/> per bucket (tag <c>t</c> at index <c>t - 1</c>).</summary>
    public ReadOnlySpan<float> Values => _storage.AsSpan(_start, Buckets * Width);

    private Span<float> Writable => _storage.AsSpan(_start, Buckets * Width);

    /// <summary>Builds the table from bucket-major weights with all <see cref="EntityTags.Count"/> tags per bucket.</summary>
    public static WeightTable FromTagWeights(ReadOnlySpan<float> weights)
    {
        const int L = EntityTags.Count;
        if (weights.Length % L != 0)
        {
            throw new ArgumentException($"The weights hold {weights.Length} values, not a whole number of {L}-tag rows.", nameof(weights));
        }

        var table = new WeightTable(weights.Length / L);
        Span<float> values = table.Writable;
        for (int b = 0; b < table.Buckets; b++)
        {
            ReadOnlySpan<float> row = weights.Slice(b * L, L);
            Span<float> target = values.Slice(b * Width, Width);
            for (int t = 1; t < L; t++)
            {
                target[t - 1] = Relative(row[t], row[0]);
            }
        }

        return table;
    }

    /// <summary>
    /// Reads <paramref name="buckets"/> rows of <see cref="EntityTags.Count"/> little-endian halves, as a model file
    /// stores them, without building the full-width table first.
    /// </summary>
    /// <exception cref="EndOfStreamException">The reader ends inside the rows.</exception>
    public static WeightTable ReadHalves(BinaryReader reader, int buckets)
    {
        const int L = EntityTags.Count;
        const int ChunkRows = 4096;
        var table = new WeightTable(buckets);
        Span<float> values = table.Writable;
        for (int first = 0; first < buckets; first += ChunkRows)
        {
            int rows = Math.Min(ChunkRows, buckets - first);
            byte[] chunk = reader.ReadBytes(rows * L * 2);
            if (chunk.Length != rows * L * 2)
            {
                throw new EndOfStreamException($"The weights end inside bucket {first + (chunk.Length / (L * 2))} of {buckets}.");
            }

            for (int r = 0; r < rows; r++)
            {
                ReadOnlySpan<byte> row = chunk.AsSpan(r * L * 2, L * 2);
                if (!row.ContainsAnyExcept((byte)0))
                {
                    continue; // An unused bucket; the table starts zeroed.
                }

                float outside = (float)BitConverter.ToHalf(row);
                Span<float> target = values.Slice((first + r) * Width, Width);
                for (int t = 1; t < L; t++)
                {
                    target[t - 1] = Relative((float)BitConverter.ToHalf(row[(t * 2)..]), outside);
                }
            }
        }

        return table;
    }

    /// <summary>Writes every bucket as <see cref="EntityTags.Count"/> halves, <c>O</c> first (always 0).</summary>
    public void WriteHalves(BinaryWriter writer)
    {
        ReadOnlySpan<float> values = Values;
        Span<byte> row = stackalloc byte[EntityTags.Count * 2];
        for (int b = 0; b < Buckets; b++)
        {
            BitConverter.TryWriteBytes(row, (Half)0f);
            for (int t = 1; t < EntityTags.Count; t++)
            {
                BitConverter.TryWriteBytes(row[(t * 2)..], (Half)values[(b * Width) + t - 1]);
            }

            writer.Write(row);
        }
    }

    /// <summary>A tag's weight minus O's, at the model file's precision (a half needs no rounding when O's weight is 0).</summary>
    private static float Relative(float weight, float outside) => outside == 0f ? (float)(Half)weight : (float)(Half)(weight - outside);

    /// <summary>The weight of <paramref name="tag"/> in <paramref name="bucket"/> (0 for <c>O</c>).</summary>
    public float this[int bucket, int tag] => tag == EntityTags.Outside ? 0f : Values[(bucket * Width) + tag - 1];

    /// <summary>Writes the summed weights of <paramref name="buckets"/> into <paramref name="scores"/>, one per tag.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Sum(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        ref float start = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_storage), _start);
        Vector256<float> low = Vector256<float>.Zero;
        Vector256<float> high = Vector256<float>.Zero;
        int limit = Buckets;
        foreach (int bucket in buckets)
        {
            // Buckets come from FeatureHash.Bucket, always below 2^bits; the check keeps a bad one from reading outside.
            if ((uint)bucket >= (uint)limit)
            {
                ThrowBucket(bucket);
            }

            ref float row = ref Unsafe.Add(ref start, bucket * Width);
            low += Vector256.LoadUnsafe(ref row);
            high += Vector256.LoadUnsafe(ref row, 8);
        }

        scores[0] = 0f;
        low.CopyTo(scores[1..]);
        high.CopyTo(scores[9..]);
    }

    private static void ThrowBucket(int bucket) =>
        throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "A feature bucket lies outside the weight table.");

    private static int FirstAligned(float[] pinned)
    {
        GCHandle handle = GCHandle.Alloc(pinned, GCHandleType.Pinned);
        nint address = handle.AddrOfPinnedObject();
        handle.Free();
        int misalignment = (int)(address & (CacheLine - 1));
        return misalignment == 0 ? 0 : (CacheLine - misalignment) / sizeof(float);
    }
}
