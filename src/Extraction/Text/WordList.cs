using System.Collections.Frozen;
using System.Text;

namespace Extraction.Text;

/// <summary>
/// Reads the UTF-8 word lists embedded under <c>Lexicons/</c> (one entry a line, <c>#</c> starts a comment) into
/// frozen sets looked up by span, without substrings.
/// </summary>
internal static class WordList
{
    /// <summary>Loads <c>Lexicons/{language}/{file}</c>.</summary>
    /// <param name="language">The folder: <c>fr</c>, <c>en</c>, <c>es</c>.</param>
    /// <param name="file">The file name, with its extension.</param>
    /// <param name="ignoreCase">True to compare entries ignoring case (ordinal).</param>
    public static FrozenSet<string> Load(string language, string file, bool ignoreCase)
    {
        string name = $"Extraction.Lexicons.{language}.{file}";
        using Stream stream = typeof(WordList).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded word list '{name}' is missing from {typeof(WordList).Assembly.GetName().Name}; check the EmbeddedResource items of Extraction.csproj.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            ReadOnlySpan<char> entry = line.AsSpan().Trim();
            if (entry.Length == 0 || entry[0] == '#')
            {
                continue;
            }

            entries.Add(entry.ToString());
        }

        return entries.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    }

    /// <summary>The names of the embedded word lists, for tests.</summary>
    public static IEnumerable<string> ResourceNames() =>
        typeof(WordList).Assembly.GetManifestResourceNames().Where(name => name.StartsWith("Extraction.Lexicons.", StringComparison.Ordinal));
}
