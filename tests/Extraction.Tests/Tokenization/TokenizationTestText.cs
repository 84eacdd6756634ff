namespace Extraction.Tests.Tokenization;

/// <summary>Shared extractors and helpers for the tokenizer and splitter tests.</summary>
internal static class TokenizationTestText
{
    public static readonly Extractor French = Create(Language.French);
    public static readonly Extractor English = Create(Language.English);
    public static readonly Extractor Spanish = Create(Language.Spanish);

    public static string[] Tokens(Extractor extractor, string text)
    {
        Document doc = extractor.Extract(text, extractor.Options.Languages[0]);
        return [.. doc.Tokens.Select(token => doc.TextOf(token))];
    }

    public static string[] Sentences(Extractor extractor, string text)
    {
        Document doc = extractor.Extract(text, extractor.Options.Languages[0]);
        return [.. doc.Sentences.Select(doc.TextOf)];
    }

    private static Extractor Create(Language language) =>
        Extractor.Create(new ExtractorOptions { Languages = [language], Layers = Layers.Tokens | Layers.Sentences });
}
