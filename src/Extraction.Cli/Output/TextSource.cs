using System.Text;

namespace Extraction.Cli.Output;

/// <summary>Reads one input text from a file path, or from standard input when the path is <c>-</c>.</summary>
internal static class TextSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path)
    {
        if (path == "-")
        {
            using var stdin = new StreamReader(Console.OpenStandardInput(), StrictUtf8, detectEncodingFromByteOrderMarks: true);
            return stdin.ReadToEnd();
        }

        byte[] bytes = File.ReadAllBytes(path);
        return Decode(bytes, path);
    }

    /// <summary>Decodes UTF-8 (with or without a byte-order mark), refusing binary and other encodings.</summary>
    /// <exception cref="InvalidDataException">The bytes are not UTF-8 text.</exception>
    public static string Decode(byte[] bytes, string name)
    {
        ReadOnlySpan<byte> content = bytes;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        if (content.IndexOf((byte)0) >= 0)
        {
            throw new InvalidDataException($"{name}: binary file (it contains NUL bytes); expected UTF-8 text.");
        }

        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException error)
        {
            throw new InvalidDataException($"{name}: not valid UTF-8 (byte at offset {error.Index}); convert it to UTF-8 first.", error);
        }
    }
}
