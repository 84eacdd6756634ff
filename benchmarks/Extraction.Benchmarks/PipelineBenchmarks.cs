using BenchmarkDotNet.Attributes;

namespace Extraction.Benchmarks;

/// <summary>
/// The whole default pipeline on about 1 MB of news-like text per language, with and without the claim and
/// coreference stages, so their cost shows next to tokenizing and tagging. Tokens per second = the
/// <see cref="TokenCount"/> printed at setup divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly Dictionary<Language, string> _texts = [];
    private Extractor _all = null!;
    private Extractor _noClaims = null!;

    [Params(Language.French, Language.English, Language.Spanish)]
    public Language Language { get; set; }

    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts[Language.French] = SampleText.FrenchNews(minimumChars: 1_000_000);
        _texts[Language.English] = SampleText.EnglishNews(minimumChars: 1_000_000);
        _texts[Language.Spanish] = SampleText.SpanishNews(minimumChars: 1_000_000);
        _all = Extractor.Create(new ExtractorOptions { Languages = [Language], IncludeTokens = false });
        _noClaims = Extractor.Create(new ExtractorOptions { Languages = [Language], Layers = Layers.Tokens | Layers.Sentences | Layers.Entities });
        TokenCount = _noClaims.Extract(_texts[Language], Language).Tokens.Length;
        Console.WriteLine($"// {Language}: {TokenCount} tokens, {_texts[Language].Length} chars");
    }

    [Benchmark(Baseline = true)]
    public int TokensSentencesEntities() => _noClaims.Extract(_texts[Language], Language).Entities.Length;

    [Benchmark]
    public int WholePipelineWithClaims() => _all.Extract(_texts[Language], Language).Claims.Length;
}
