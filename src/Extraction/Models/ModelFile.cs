using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Extraction.Models;

/// <summary>The header of a model file: what the model is and what its payload must look like.</summary>
/// <param name="Info">Name, version, language, training data and licence.</param>
/// <param name="Labels">The output labels, in index order.</param>
/// <param name="HashBits">The number of feature hash bits (the weight table has <c>2^HashBits</c> rows).</param>
/// <param name="FeatureVersion">The version of the feature templates the weights were trained with.</param>
internal sealed record ModelHeader(ModelInfo Info, IReadOnlyList<string> Labels, int HashBits, int FeatureVersion);

/// <summary>
/// The model file format. Little-endian:
/// <code>
/// +----------+---------+------+------+---------+----------+--------+----------+---------+---------+---------+----------+--------+---------+
/// | "EXTRMODL" | format | kind | name | version | language | labels | hashBits | featVer | trainDt | licence | payLen   | CRC-32 | payload |
/// | 8 bytes  | int32   | str  | str  | str     | str      | n,str* | int32    | int32   | str     | str     | int64    | uint32 | payLen  |
/// +----------+---------+------+------+---------+----------+--------+----------+---------+---------+---------+----------+--------+---------+
/// </code>
/// Strings are an int32 byte count and UTF-8. The CRC-32 covers the payload. Reading checks each field and
/// throws <see cref="ModelLoadException"/> naming the source and what differs; a model is never half-loaded.
/// </summary>
internal static class ModelFile
{
    public const int FormatVersion = 1;

    private const int MaxString = 1 << 16;
    private const long MaxPayload = 1L << 30;

    private static ReadOnlySpan<byte> Magic => "EXTRMODL"u8;

    private static readonly NumberFormatInfo s_spacedNumbers = new() { NumberGroupSeparator = " ", NumberDecimalDigits = 0 };

    public static void Write(Stream output, ModelHeader header, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        WriteString(writer, header.Info.Kind);
        WriteString(writer, header.Info.Name);
        WriteString(writer, header.Info.Version);
        WriteString(writer, header.Info.Language);
        writer.Write(header.Labels.Count);
        foreach (string label in header.Labels)
        {
            WriteString(writer, label);
        }

        writer.Write(header.HashBits);
        writer.Write(header.FeatureVersion);
        WriteString(writer, header.Info.TrainingData);
        WriteString(writer, header.Info.Licence);
        writer.Write((long)payload.Length);
        writer.Write(Crc32.Compute(payload));
        writer.Write(payload);
    }

    /// <summary>Reads and checks a whole model file.</summary>
    /// <exception cref="ModelLoadException">The file is not a model, truncated, corrupt or of another format version.</exception>
    public static (ModelHeader Header, byte[] Payload) Read(Stream input, string source)
    {
        ArgumentNullException.ThrowIfNull(input);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            input.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        var reader = new SpanReader(bytes, source);
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new ModelLoadException($"Model '{source}' is not an Extraction model file: it does not start with \"EXTRMODL\" ({bytes.Length} bytes read).");
        }

        reader.Skip(Magic.Length);
        int format = reader.Int32();
        if (format != FormatVersion)
        {
            throw new ModelLoadException($"Model '{source}' has format version {format}; this library reads version {FormatVersion}. Retrain it with `extract train ner` or use a matching library version.");
        }

        string kind = reader.String();
        string name = reader.String();
        string version = reader.String();
        string language = reader.String();
        int labelCount = reader.Int32();
        if (labelCount is < 1 or > 1024)
        {
            throw new ModelLoadException($"Model '{source}' is corrupt: it declares {labelCount} labels.");
        }

        var labels = new string[labelCount];
        for (int i = 0; i < labelCount; i++)
        {
            labels[i] = reader.String();
        }

        int hashBits = reader.Int32();
        int featureVersion = reader.Int32();
        string trainingData = reader.String();
        string licence = reader.String();
        long payloadLength = reader.Int64();
        uint crc = reader.UInt32();
        if (payloadLength is < 0 or > MaxPayload)
        {
            throw new ModelLoadException($"Model '{source}' is corrupt: it declares a payload of {payloadLength} bytes.");
        }

        long expected = reader.Position + payloadLength;
        if (bytes.Length < expected)
        {
            throw new ModelLoadException($"Model '{source}' is truncated: {Spaced(bytes.Length)} of {Spaced(expected)} bytes.");
        }

        if (bytes.Length > expected)
        {
            throw new ModelLoadException($"Model '{source}' is corrupt: {Spaced(bytes.Length)} bytes where the header declares {Spaced(expected)}.");
        }

        byte[] payload = bytes.AsSpan(reader.Position, (int)payloadLength).ToArray();
        uint actual = Crc32.Compute(payload);
        if (actual != crc)
        {
            throw new ModelLoadException($"Model '{source}' is corrupt: payload CRC-32 is {actual:x8}, the header says {crc:x8}.");
        }

        var info = new ModelInfo(kind, name, version, language, trainingData, licence);
        return (new ModelHeader(info, labels, hashBits, featureVersion), payload);
    }

    private static string Spaced(long value) => value.ToString("N0", s_spacedNumbers);

    private static void WriteString(BinaryWriter writer, string value)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(value);
        writer.Write(utf8.Length);
        writer.Write(utf8);
    }

    /// <summary>Reads fields with bounds checks that name the model when the header is cut short.</summary>
    private ref struct SpanReader(byte[] bytes, string source)
    {
        private readonly byte[] _bytes = bytes;
        private readonly string _source = source;

        public int Position { get; private set; }

        public void Skip(int count) => Need(count);

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Need(4));

        public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Need(8));

        public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Need(4));

        public string String()
        {
            int length = Int32();
            if (length is < 0 or > MaxString)
            {
                throw new ModelLoadException($"Model '{_source}' is corrupt: a header string declares {length} bytes at offset {Position - 4}.");
            }

            return Encoding.UTF8.GetString(Need(length));
        }

        private ReadOnlySpan<byte> Need(int count)
        {
            if (_bytes.Length - Position < count)
            {
                throw new ModelLoadException($"Model '{_source}' is truncated: {Spaced(_bytes.Length)} bytes end inside the header (offset {Position}, {count} more bytes needed).");
            }

            ReadOnlySpan<byte> span = _bytes.AsSpan(Position, count);
            Position += count;
            return span;
        }
    }
}
