using System.Reflection;

namespace Extraction.Claims;

/// <summary>Reads the UTF-8 word lists embedded under <c>Lexicons/{fr,en,es}/</c>.</summary>
internal static class LexiconResource
{
    /// <summary>The non-comment, non-blank lines of a lexicon file, with the comment line before each section kept apart.</summary>
    /// <param name="language">The language folder.</param>
    /// <param name="file">The file name, e.g. <c>reporting-verbs.txt</c>.</param>
    /// <returns>Each line with the last section header (<c># ...</c> after a blank line) seen before it.</returns>
    public static List<(string Line, string Section)> ReadLines(Language language, string file)
    {
        string code = LanguageCodes.ToCode(language);
        Assembly assembly = typeof(LexiconResource).Assembly;
        string? name = null;
        foreach (string candidate in assembly.GetManifestResourceNames())
        {
            string normal = candidate.Replace('/', '.').Replace('\\', '.');
            if (normal.Equals($"Extraction.Lexicons.{code}.{file}", StringComparison.Ordinal))
            {
                name = candidate;
                break;
            }
        }

        if (name is null)
        {
            throw new InvalidOperationException($"The lexicon Lexicons/{code}/{file} is not embedded in {assembly.GetName().Name}; check the EmbeddedResource items of Extraction.csproj.");
        }

        using Stream stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var lines = new List<(string, string)>();
        string section = string.Empty;
        bool previousBlank = true;
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                previousBlank = true;
                continue;
            }

            if (trimmed.StartsWith('#'))
            {
                if (previousBlank)
                {
                    section = trimmed;
                }

                previousBlank = false;
                continue;
            }

            previousBlank = false;
            lines.Add((line.TrimEnd('\r'), section));
        }

        return lines;
    }
}
