using System.Collections.Concurrent;
using LinguaDetector = Lingua.LanguageDetector;
using LinguaLanguage = Lingua.Language;

namespace Extraction.Text;

/// <summary>
/// Tells the language of a text among the languages an <see cref="Extractor"/> was created with: the function-word
/// count of <see cref="LanguageGuesser"/> when its answer is clear (microseconds), otherwise Lingua's trigram models
/// restricted to those languages, in its low-accuracy mode (a fraction of a millisecond; 0.5 s and 4 MB to load
/// instead of 4-6 s and 90 MB). Measured in docs/decisions/0003-language-detection.md.
/// Immutable and thread-safe.
/// </summary>
internal sealed class LanguageDetector
{
    /// <summary>Lingua reads at most this many characters: the start of a news text is plenty, and cost grows with length.</summary>
    internal const int MaxSampleLength = 2_000;

    // One Lingua detector per set of languages, built on first need and shared by every extractor of the process
    // (Lingua itself loads each language's models once, lazily, and shares them).
    private static readonly ConcurrentDictionary<int, Lazy<LinguaDetector>> s_lingua = new();

    private readonly Language[] _allowed;
    private readonly Lazy<LinguaDetector>? _lingua;

    private LanguageDetector(Language[] allowed, Lazy<LinguaDetector>? lingua)
    {
        _allowed = allowed;
        _lingua = lingua;
    }

    public static LanguageDetector For(IReadOnlyList<Language> allowed)
    {
        Language[] languages = [.. allowed];
        if (languages.Length == 1)
        {
            return new LanguageDetector(languages, null);
        }

        int key = 0;
        foreach (Language language in languages)
        {
            key |= 1 << (int)language;
        }

        Lazy<LinguaDetector> lingua = s_lingua.GetOrAdd(
            key,
            static (_, set) => new Lazy<LinguaDetector>(() => Lingua.LanguageDetectorBuilder.FromLanguages([.. set.Select(ToLingua)]).WithLowAccuracyMode().Build()),
            languages);
        return new LanguageDetector(languages, lingua);
    }

    public Language Detect(string text)
    {
        if (_lingua is null)
        {
            return _allowed[0];
        }

        Language guess = LanguageGuesser.Guess(text, _allowed, out bool clear);
        if (clear)
        {
            return guess;
        }

        string sample = text.Length <= MaxSampleLength ? text : text[..MaxSampleLength];
        return FromLingua(_lingua.Value.DetectLanguageOf(sample)) is Language detected && Array.IndexOf(_allowed, detected) >= 0
            ? detected
            : guess;
    }

    /// <summary>Lingua's answer alone (for the evaluation command).</summary>
    internal Language? DetectWithLinguaOnly(string text)
    {
        if (_lingua is null)
        {
            return _allowed[0];
        }

        string sample = text.Length <= MaxSampleLength ? text : text[..MaxSampleLength];
        return FromLingua(_lingua.Value.DetectLanguageOf(sample));
    }

    private static LinguaLanguage ToLingua(Language language) => language switch
    {
        Language.French => LinguaLanguage.French,
        Language.English => LinguaLanguage.English,
        Language.Spanish => LinguaLanguage.Spanish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Supported languages: fr, en, es."),
    };

    private static Language? FromLingua(LinguaLanguage language) => language switch
    {
        LinguaLanguage.French => Language.French,
        LinguaLanguage.English => Language.English,
        LinguaLanguage.Spanish => Language.Spanish,
        _ => null,
    };
}
