using Extraction.Entities;

namespace Extraction.Models;

/// <summary>
/// The models embedded in the library, loaded lazily, once per process, and shared by every extractor and thread.
/// </summary>
internal static class ModelStore
{
    private static readonly Lazy<EntityTagger>[] s_taggers =
    [
        new(() => LoadEmbedded(Language.French)),
        new(() => LoadEmbedded(Language.English)),
        new(() => LoadEmbedded(Language.Spanish)),
    ];

    /// <summary>The resource name of a language's NER model (<c>Extraction.Models.fr.ner</c>).</summary>
    public static string ResourceName(Language language) => $"Extraction.Models.{LanguageCodes.ToCode(language)}.ner";

    /// <summary>Whether the library embeds an NER model for the language.</summary>
    public static bool HasTagger(Language language) =>
        typeof(ModelStore).Assembly.GetManifestResourceInfo(ResourceName(language)) is not null;

    /// <summary>The embedded NER model of a language, loaded on first use.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The language is not one the library reads.</exception>
    /// <exception cref="ModelLoadException">The embedded model is missing or damaged.</exception>
    public static EntityTagger Tagger(Language language)
    {
        if ((uint)language >= (uint)s_taggers.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Supported languages: fr, en, es.");
        }

        return s_taggers[(int)language].Value;
    }

    private static EntityTagger LoadEmbedded(Language language)
    {
        string resource = ResourceName(language);
        using Stream? stream = typeof(ModelStore).Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            throw new ModelLoadException($"No NER model is embedded for {LanguageCodes.ToCode(language)} (resource '{resource}'). Train one with `extract train ner` and load it from its file.");
        }

        EntityTagger tagger = EntityTagger.Load(stream, resource);
        if (tagger.Info.Language != LanguageCodes.ToCode(language))
        {
            throw new ModelLoadException($"Model '{resource}' is for language '{tagger.Info.Language}', not {LanguageCodes.ToCode(language)}.");
        }

        return tagger;
    }
}
