using System.Reflection;
using System.Text;

namespace Extraction.Entities;

/// <summary>
/// Builds a language's gazetteer from the name lists embedded under <c>Lexicons/</c> (<c>gazetteer-*.txt</c>, built
/// from the open lists by <c>scripts/build-gazetteers.sh</c>, and the hand-written <c>person-titles.txt</c> and
/// <c>demonyms.txt</c>).
/// Used when training: a trained model carries its own copy of the gazetteer, so later list changes never shift
/// the meaning of its weights.
/// </summary>
internal static class GazetteerLexicon
{
    private static readonly (string File, GazetteerKind Kind)[] s_files =
    [
        ("gazetteer-countries.txt", GazetteerKind.Country),
        ("gazetteer-cities.txt", GazetteerKind.City),
        ("gazetteer-regions.txt", GazetteerKind.Region),
        ("gazetteer-nationalities.txt", GazetteerKind.Nationality),
        ("demonyms.txt", GazetteerKind.Nationality),
        ("gazetteer-first-names.txt", GazetteerKind.FirstName),
        ("gazetteer-surnames.txt", GazetteerKind.Surname),
        ("gazetteer-titles.txt", GazetteerKind.Title),
        ("person-titles.txt", GazetteerKind.Title),
        ("gazetteer-legal-forms.txt", GazetteerKind.LegalForm),
        ("organisations.txt", GazetteerKind.Organization),
        ("organisation-heads.txt", GazetteerKind.OrganizationHead),
    ];

    /// <summary>The gazetteer of a language from the embedded lists.</summary>
    public static Gazetteer For(Language language)
    {
        string code = LanguageCodes.ToCode(language);
        var entries = new List<(string, GazetteerKind)>();
        foreach ((string file, GazetteerKind kind) in s_files)
        {
            foreach (string line in Lines(code, file))
            {
                entries.Add((line, kind));
            }
        }

        foreach (string line in Lines("common", "gazetteer-world-cities.txt"))
        {
            entries.Add((line, GazetteerKind.City));
        }

        return Gazetteer.Build(entries);
    }

    /// <summary>The entries of one kind in a language's lists (for adapting corpus conventions).</summary>
    public static IEnumerable<string> Entries(Language language, GazetteerKind kind)
    {
        string code = LanguageCodes.ToCode(language);
        foreach ((string file, GazetteerKind fileKind) in s_files)
        {
            if (fileKind == kind)
            {
                foreach (string line in Lines(code, file))
                {
                    yield return line;
                }
            }
        }
    }

    /// <summary>The non-comment, non-empty lines of an embedded lexicon file (none when it is absent).</summary>
    internal static IEnumerable<string> Lines(string folder, string file)
    {
        Assembly assembly = typeof(GazetteerLexicon).Assembly;
        string wanted = $"Extraction.Lexicons.{folder}.{file}";
        string? name = null;
        foreach (string candidate in assembly.GetManifestResourceNames())
        {
            if (string.Equals(candidate.Replace('/', '.').Replace('\\', '.'), wanted, StringComparison.Ordinal))
            {
                name = candidate;
                break;
            }
        }

        if (name is null)
        {
            yield break;
        }

        using Stream stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            ReadOnlySpan<char> trimmed = line.AsSpan().Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            yield return trimmed.ToString();
        }
    }
}
