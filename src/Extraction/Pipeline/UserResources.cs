using System.Collections.Frozen;

namespace Extraction.Pipeline;

/// <summary>
/// The caller's additions from <see cref="ExtractorOptions"/> (reporting verbs, gazetteer entries, model files),
/// validated and frozen once when an <see cref="Extractor"/> is created; stages read them, never change them.
/// </summary>
internal sealed class UserResources
{
    /// <summary>Longest word or name accepted, in UTF-16 units: anything longer is certainly a mistake.</summary>
    private const int MaxEntryLength = 200;

    private readonly FrozenDictionary<Language, FrozenSet<string>> _reportingVerbs;

    private UserResources(
        FrozenDictionary<Language, FrozenSet<string>> reportingVerbs,
        FrozenDictionary<string, EntityLabel> gazetteer,
        FrozenDictionary<Language, string> nerModelPaths)
    {
        _reportingVerbs = reportingVerbs;
        Gazetteer = gazetteer;
        NerModelPaths = nerModelPaths;
    }

    /// <summary>No additions.</summary>
    public static UserResources None { get; } = new(
        FrozenDictionary<Language, FrozenSet<string>>.Empty,
        FrozenDictionary<string, EntityLabel>.Empty,
        FrozenDictionary<Language, string>.Empty);

    /// <summary>The caller's gazetteer entries, name (ordinal) to type, for every language.</summary>
    public FrozenDictionary<string, EntityLabel> Gazetteer { get; }

    /// <summary>The caller's model files by language (full paths of existing files).</summary>
    public FrozenDictionary<Language, string> NerModelPaths { get; }

    /// <summary>The caller's extra reporting verbs for a language (lower-case, ordinal), possibly empty.</summary>
    public FrozenSet<string> ReportingVerbsFor(Language language) =>
        _reportingVerbs.TryGetValue(language, out FrozenSet<string>? verbs) ? verbs : FrozenSet<string>.Empty;

    /// <summary>Checks the additions against the options' languages and freezes them.</summary>
    /// <exception cref="ArgumentException">An entry is empty, too long, has spaces, or names another language.</exception>
    /// <exception cref="ModelLoadException">A model file does not exist.</exception>
    public static UserResources From(ExtractorOptions options, IReadOnlyCollection<Language> languages)
    {
        if (options.ReportingVerbs is null || options.GazetteerEntries is null || options.NerModelPaths is null)
        {
            throw new ArgumentException("ExtractorOptions.ReportingVerbs, GazetteerEntries and NerModelPaths must not be null (leave them unset for none).", nameof(options));
        }

        if (options.ReportingVerbs.Count == 0 && options.GazetteerEntries.Count == 0 && options.NerModelPaths.Count == 0)
        {
            return None;
        }

        var verbs = new Dictionary<Language, FrozenSet<string>>();
        foreach ((Language language, IReadOnlyList<string> words) in options.ReportingVerbs)
        {
            RequireAmong(language, languages, nameof(ExtractorOptions.ReportingVerbs), nameof(options));
            if (words is null)
            {
                throw new ArgumentException($"ExtractorOptions.ReportingVerbs[{LanguageCodes.ToCode(language)}] is null.", nameof(options));
            }

            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (string word in words)
            {
                string trimmed = RequireText(word, $"ExtractorOptions.ReportingVerbs[{LanguageCodes.ToCode(language)}]", nameof(options));
                if (trimmed.AsSpan().IndexOfAny(' ', '\t', '\n') >= 0)
                {
                    throw new ArgumentException($"Reporting verb '{trimmed}' ({LanguageCodes.ToCode(language)}) must be one word; list each form separately.", nameof(options));
                }

                set.Add(trimmed.ToLowerInvariant());
            }

            verbs[language] = set.ToFrozenSet(StringComparer.Ordinal);
        }

        var names = new Dictionary<string, EntityLabel>(StringComparer.Ordinal);
        foreach (GazetteerEntry entry in options.GazetteerEntries)
        {
            string name = RequireText(entry.Name, "ExtractorOptions.GazetteerEntries", nameof(options));
            if (!Enum.IsDefined(entry.Label))
            {
                throw new ArgumentException($"Gazetteer entry '{name}' has an unknown label {(int)entry.Label}; use an EntityLabel value.", nameof(options));
            }

            if (names.TryGetValue(name, out EntityLabel existing) && existing != entry.Label)
            {
                throw new ArgumentException($"Gazetteer entry '{name}' is listed as both {existing} and {entry.Label}.", nameof(options));
            }

            names[name] = entry.Label;
        }

        var models = new Dictionary<Language, string>();
        foreach ((Language language, string path) in options.NerModelPaths)
        {
            RequireAmong(language, languages, nameof(ExtractorOptions.NerModelPaths), nameof(options));
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ArgumentException($"ExtractorOptions.NerModelPaths[{LanguageCodes.ToCode(language)}] is empty.", nameof(options));
            }

            string full = Path.GetFullPath(path);
            if (!File.Exists(full))
            {
                throw new ModelLoadException($"The {LanguageCodes.ToCode(language)} named-entity model file '{full}' does not exist; fix ExtractorOptions.NerModelPaths or remove the entry to use the built-in model.");
            }

            models[language] = full;
        }

        return new UserResources(verbs.ToFrozenDictionary(), names.ToFrozenDictionary(StringComparer.Ordinal), models.ToFrozenDictionary());
    }

    private static void RequireAmong(Language language, IReadOnlyCollection<Language> languages, string property, string paramName)
    {
        if (!languages.Contains(language))
        {
            throw new ArgumentException(
                $"ExtractorOptions.{property} names {language}, which is not among ExtractorOptions.Languages ({string.Join(", ", languages.Select(LanguageCodes.ToCode))}).",
                paramName);
        }
    }

    private static string RequireText(string? value, string where, string paramName)
    {
        string trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new ArgumentException($"{where} contains an empty entry.", paramName);
        }

        if (trimmed.Length > MaxEntryLength)
        {
            throw new ArgumentException($"{where} contains an entry of {trimmed.Length} characters (at most {MaxEntryLength}): '{trimmed[..40]}...'.", paramName);
        }

        return trimmed;
    }
}
