using System.IO.Compression;
using System.Text;
using Extraction.Entities;
using Extraction.Models;

namespace Extraction.Tokenization;

/// <summary>
/// A linear model (averaged perceptron) that decides whether a sentence ends at a gap the rules leave open: a
/// heading, a table cell or a list item run into the next sentence without a final mark. Weights are indexed by
/// hashed features (<see cref="BoundaryFeatures"/>); the gap is a boundary when the sum is above a threshold chosen on development text. Immutable and
/// thread-safe.
/// </summary>
internal sealed class BoundaryModel : IBoundaryDecider
{
    /// <summary>The model kind written in the header.</summary>
    public const string Kind = "sentence-boundaries";

    private static readonly Lazy<BoundaryModel?>[] s_embedded =
    [
        new(() => LoadEmbedded(Language.French)),
        new(() => LoadEmbedded(Language.English)),
        new(() => LoadEmbedded(Language.Spanish)),
    ];

    private static readonly string[] s_labels = ["inside", "boundary"];

    private readonly float[] _weights;

    public BoundaryModel(ModelInfo info, int hashBits, float[] weights, WordClusters clusters, float threshold = 0, WordClusters? casing = null)
    {
        if (weights.Length != 1 << hashBits)
        {
            throw new ArgumentException($"{weights.Length} weights for {hashBits} hash bits.", nameof(weights));
        }

        Info = info;
        HashBits = hashBits;
        _weights = weights;
        Clusters = clusters;
        Casing = casing ?? WordClusters.Empty;
        Threshold = threshold;
    }

    public ModelInfo Info { get; }

    public int HashBits { get; }

    public WordClusters Clusters { get; }

    /// <summary>
    /// How lower-case words are usually written inside a sentence, counted in unlabelled text
    /// (<c>scripts/build-casing-lexicon.py</c>): 1 almost always in lower case, 2 mostly, 3 often capitalised,
    /// 4 almost always capitalised; words not in it are unknown.
    /// </summary>
    public WordClusters Casing { get; }

    /// <summary>The score above which a gap is a boundary.</summary>
    public float Threshold { get; }

    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>The resource name of a language's boundary model (<c>Extraction.Models.fr.sent</c>).</summary>
    public static string ResourceName(Language language) => $"Extraction.Models.{LanguageCodes.ToCode(language)}.sent";

    /// <summary>The embedded model of a language, loaded on first use, or null when the library has none.</summary>
    public static BoundaryModel? Embedded(Language language) =>
        (uint)language < (uint)s_embedded.Length ? s_embedded[(int)language].Value : null;

    /// <summary>The score of the gap after token <paramref name="i"/> (a boundary when positive).</summary>
    public float Score(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int first)
    {
        Span<int> buckets = stackalloc int[BoundaryFeatures.Count];
        BoundaryFeatures.Extract(text, tokens, i, first, Clusters, Casing, HashBits, buckets);
        float sum = 0;
        foreach (int bucket in buckets)
        {
            sum += _weights[bucket];
        }

        return sum;
    }

    /// <inheritdoc/>
    public bool IsBoundary(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int first) => Score(text, tokens, i, first) > Threshold;

    /// <summary>Writes the model: header, then the deflated weights, word clusters and casing lexicon.</summary>
    public void Save(Stream stream)
    {
        using var raw = new MemoryStream();
        using (var deflate = new DeflateStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Threshold);
            writer.Write(_weights.Length);
            foreach (float weight in _weights)
            {
                writer.Write((Half)weight);
            }

            Clusters.WriteTo(writer);
            Casing.WriteTo(writer);
        }

        var header = new ModelHeader(Info, s_labels, HashBits, BoundaryFeatures.Version);
        ModelFile.Write(stream, header, raw.GetBuffer().AsSpan(0, (int)raw.Length));
    }

    /// <summary>Reads and checks a model.</summary>
    /// <exception cref="ModelLoadException">The model is damaged, of another kind or of other feature templates.</exception>
    public static BoundaryModel Load(Stream stream, string name)
    {
        (ModelHeader header, byte[] payload) = ModelFile.Read(stream, name);
        if (header.Info.Kind != Kind)
        {
            throw new ModelLoadException($"Model '{name}' is a '{header.Info.Kind}' model, not a '{Kind}' model.");
        }

        if (header.FeatureVersion != BoundaryFeatures.Version)
        {
            throw new ModelLoadException($"Model '{name}' was trained with boundary features version {header.FeatureVersion}; this library computes version {BoundaryFeatures.Version}. Retrain it with `extract train sentences`.");
        }

        if (header.HashBits is < 8 or > 24)
        {
            throw new ModelLoadException($"Model '{name}' is corrupt: it declares {header.HashBits} hash bits.");
        }

        try
        {
            using var deflate = new DeflateStream(new MemoryStream(payload), CompressionMode.Decompress);
            using var reader = new BinaryReader(deflate, Encoding.UTF8);
            float threshold = reader.ReadSingle();
            if (!float.IsFinite(threshold))
            {
                throw new ModelLoadException($"Model '{name}' is corrupt: its threshold is {threshold}.");
            }

            int count = reader.ReadInt32();
            if (count != 1 << header.HashBits)
            {
                throw new ModelLoadException($"Model '{name}' is corrupt: {count} weights where {header.HashBits} hash bits need {1 << header.HashBits}.");
            }

            var weights = new float[count];
            for (int i = 0; i < count; i++)
            {
                weights[i] = (float)reader.ReadHalf();
            }

            WordClusters clusters = WordClusters.ReadFrom(reader, name);
            WordClusters casing = WordClusters.ReadFrom(reader, name);

            if (reader.Read() != -1)
            {
                throw new ModelLoadException($"Model '{name}' is corrupt: bytes remain after its payload.");
            }

            return new BoundaryModel(header.Info, header.HashBits, weights, clusters, threshold, casing);
        }
        catch (Exception error) when (error is InvalidDataException or EndOfStreamException or DecoderFallbackException)
        {
            throw new ModelLoadException($"Model '{name}' is corrupt: its payload cannot be read ({error.Message}).", error);
        }
    }

    private static BoundaryModel? LoadEmbedded(Language language)
    {
        string resource = ResourceName(language);
        using Stream? stream = typeof(BoundaryModel).Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return null;
        }

        BoundaryModel model = Load(stream, resource);
        if (model.Info.Language != LanguageCodes.ToCode(language))
        {
            throw new ModelLoadException($"Model '{resource}' is for language '{model.Info.Language}', not {LanguageCodes.ToCode(language)}.");
        }

        return model;
    }
}
