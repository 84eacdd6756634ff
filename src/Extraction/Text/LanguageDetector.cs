namespace Extraction.Text;

/// <summary>Tells the language of a text among the languages an <see cref="Extractor"/> was created with.</summary>
internal sealed class LanguageDetector
{
    private readonly Language[] _allowed;

    private LanguageDetector(Language[] allowed)
    {
        _allowed = allowed;
    }

    public static LanguageDetector For(IReadOnlyList<Language> allowed) => new([.. allowed]);

    public Language Detect(string text) => _allowed.Length == 1 ? _allowed[0] : LanguageGuesser.Guess(text, _allowed);
}
