using System.IO.Compression;
using System.Text;
using Extraction.Models;

namespace Extraction.Entities;

/// <content>Saving and loading: a <see cref="ModelFile"/> header and a deflated payload.</content>
internal sealed partial class EntityTagger
{
    public const string Kind = "ner";

    /// <summary>
    /// Loads a model file.
    /// </summary>
    /// <exception cref="ModelLoadException">The file is missing, truncated, corrupt or not an NER model.</exception>
    public static EntityTagger Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ModelLoadException($"Model '{path}' does not exist. Train one with `extract train ner` or omit the path to use the embedded model.");
        }

        using FileStream stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Loads a model from a stream; <paramref name="name"/> names it in error messages.</summary>
    /// <exception cref="ModelLoadException">The stream is truncated, corrupt or not an NER model.</exception>
    public static EntityTagger Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        (ModelHeader header, byte[] payload) = ModelFile.Read(stream, name);
        if (header.Info.Kind != Kind)
        {
            throw new ModelLoadException($"Model '{name}' is a '{header.Info.Kind}' model, not an NER model.");
        }

        if (!header.Labels.SequenceEqual(EntityTags.Names))
        {
            throw new ModelLoadException($"Model '{name}' has labels [{string.Join(' ', header.Labels)}]; this library expects [{string.Join(' ', EntityTags.Names)}].");
        }

        if (header.FeatureVersion != FeatureExtractor.Version)
        {
            throw new ModelLoadException($"Model '{name}' was trained with feature templates version {header.FeatureVersion}; this library computes version {FeatureExtractor.Version}. Retrain it with `extract train ner`.");
        }

        if (header.HashBits is < 8 or > 26)
        {
            throw new ModelLoadException($"Model '{name}' is corrupt: it declares {header.HashBits} hash bits.");
        }

        if (!LanguageCodes.TryParse(header.Info.Language, out _))
        {
            throw new ModelLoadException($"Model '{name}' is for language '{header.Info.Language}', which this library does not read (fr, en, es).");
        }

        try
        {
            return ReadPayload(header, payload, name);
        }
        catch (Exception error) when (error is InvalidDataException or EndOfStreamException or DecoderFallbackException)
        {
            throw new ModelLoadException($"Model '{name}' is corrupt: its payload cannot be read ({error.Message}).", error);
        }
    }

    /// <summary>Saves the model to a file.</summary>
    public void Save(string path)
    {
        using FileStream stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Writes the model: header, then the deflated weights, transitions, gazetteer and clusters.</summary>
    public void Save(Stream stream)
    {
        const int L = EntityTags.Count;
        using var raw = new MemoryStream();
        using (var deflate = new DeflateStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(L);
            foreach (float value in Transitions)
            {
                writer.Write(value);
            }

            foreach (float value in Starts)
            {
                writer.Write(value);
            }

            writer.Write(Weights.Buckets);
            Weights.WriteHalves(writer);
            List<KeyValuePair<string, ushort>> keys = [.. Features.Gazetteer.Keys.OrderBy(k => k.Key, StringComparer.Ordinal)];
            writer.Write(keys.Count);
            foreach (KeyValuePair<string, ushort> key in keys)
            {
                writer.Write(key.Key);
                writer.Write(key.Value);
            }

            Features.Clusters.WriteTo(writer);
        }

        var header = new ModelHeader(Info, EntityTags.Names, Features.HashBits, FeatureExtractor.Version);
        ModelFile.Write(stream, header, raw.GetBuffer().AsSpan(0, (int)raw.Length));
    }

    private static EntityTagger ReadPayload(ModelHeader header, byte[] payload, string name)
    {
        const int L = EntityTags.Count;
        using var deflate = new DeflateStream(new MemoryStream(payload), CompressionMode.Decompress);
        using var reader = new BinaryReader(deflate, Encoding.UTF8);
        if (reader.ReadInt32() != L)
        {
            throw new ModelLoadException($"Model '{name}' is corrupt: its payload does not have {L} tags.");
        }

        var transitions = new float[L * L];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var starts = new float[L];
        for (int i = 0; i < starts.Length; i++)
        {
            starts[i] = reader.ReadSingle();
        }

        int buckets = reader.ReadInt32();
        if (buckets != 1 << header.HashBits)
        {
            throw new ModelLoadException($"Model '{name}' is corrupt: {buckets} weight rows where the header's {header.HashBits} hash bits need {1 << header.HashBits}.");
        }

        WeightTable weights = WeightTable.ReadHalves(reader, buckets);

        int keyCount = reader.ReadInt32();
        if (keyCount is < 0 or > 10_000_000)
        {
            throw new ModelLoadException($"Model '{name}' is corrupt: it declares {keyCount} gazetteer keys.");
        }

        var keys = new KeyValuePair<string, ushort>[keyCount];
        for (int i = 0; i < keyCount; i++)
        {
            keys[i] = new(reader.ReadString(), reader.ReadUInt16());
        }

        WordClusters clusters = WordClusters.ReadFrom(reader, name);

        if (reader.Read() != -1)
        {
            throw new ModelLoadException($"Model '{name}' is corrupt: bytes remain after its payload.");
        }

        var features = new FeatureExtractor(header.HashBits, Gazetteer.FromKeys(keys), clusters);
        return new EntityTagger(header.Info, features, weights, transitions, starts);
    }
}
