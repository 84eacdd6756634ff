namespace Extraction.Entities;

/// <summary>Per-thread buffers for tagging one sentence at a time; grown, never shrunk, reused across calls.</summary>
internal sealed class TaggerScratch
{
    [ThreadStatic]
    private static TaggerScratch? t_current;

    public TokenInfo[] Infos { get; private set; } = new TokenInfo[128];

    public ulong[] Gazetteer { get; private set; } = new ulong[128];

    public float[] Emissions { get; private set; } = new float[128 * EntityTags.Count];

    public float[] Delta { get; private set; } = new float[128 * EntityTags.Count];

    public int[] Back { get; private set; } = new int[128 * EntityTags.Count];

    public int[] Tags { get; private set; } = new int[128];

    public int[] Buckets { get; } = new int[FeatureExtractor.MaxFeatures];

    public DocumentMemory Memory { get; } = new();

    /// <summary>The calling thread's scratch.</summary>
    public static TaggerScratch ForThread() => t_current ??= new TaggerScratch();

    /// <summary>Makes room for a sentence of <paramref name="tokens"/> tokens.</summary>
    public void Ensure(int tokens)
    {
        if (Infos.Length >= tokens)
        {
            return;
        }

        int size = Math.Max(tokens, Infos.Length * 2);
        Infos = new TokenInfo[size];
        Gazetteer = new ulong[size];
        Emissions = new float[size * EntityTags.Count];
        Delta = new float[size * EntityTags.Count];
        Back = new int[size * EntityTags.Count];
        Tags = new int[size];
    }
}
