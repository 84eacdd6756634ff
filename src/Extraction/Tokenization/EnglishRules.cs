namespace Extraction.Tokenization;

/// <summary>
/// English: contractions and possessives stay one surface token (<c>don't</c>, <c>Putin's</c>), as in the
/// surface layer of Universal Dependencies English EWT, where they are multi-word tokens; hyphenated words stay whole.
/// </summary>
internal sealed class EnglishRules : LanguageRules
{
    private EnglishRules()
        : base("en")
    {
    }

    public static EnglishRules Instance { get; } = new();
}
