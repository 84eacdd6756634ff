namespace Extraction;

/// <summary>Converts between <see cref="Language"/> values and their ISO 639-1 codes.</summary>
public static class LanguageCodes
{
    /// <summary>The languages the library reads.</summary>
    public static IReadOnlyList<Language> Supported { get; } = [Language.French, Language.English, Language.Spanish];

    /// <summary>The ISO 639-1 code of a language (<c>fr</c>, <c>en</c>, <c>es</c>).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The two-letter code.</returns>
    public static string ToCode(Language language) => language switch
    {
        Language.French => "fr",
        Language.English => "en",
        Language.Spanish => "es",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Supported languages: fr, en, es."),
    };

    /// <summary>Reads a language from its ISO 639-1 code or English name, ignoring case.</summary>
    /// <param name="code">The code (<c>fr</c>) or name (<c>French</c>).</param>
    /// <param name="language">The language when the code is known.</param>
    /// <returns>True when the code names a supported language.</returns>
    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToUpperInvariant())
        {
            case "FR" or "FRA" or "FRENCH":
                language = Language.French;
                return true;
            case "EN" or "ENG" or "ENGLISH":
                language = Language.English;
                return true;
            case "ES" or "SPA" or "SPANISH":
                language = Language.Spanish;
                return true;
            default:
                language = default;
                return false;
        }
    }

    /// <summary>Reads a language from its code, or throws naming the supported ones.</summary>
    /// <param name="code">The code (<c>fr</c>, <c>en</c>, <c>es</c>).</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentException">The code names no supported language.</exception>
    public static Language Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out Language language)
            ? language
            : throw new ArgumentException($"Unsupported language '{code}'. Supported languages: fr, en, es.", nameof(code));
    }
}
