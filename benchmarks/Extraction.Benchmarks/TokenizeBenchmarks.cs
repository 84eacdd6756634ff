using BenchmarkDotNet.Attributes;

namespace Extraction.Benchmarks;

/// <summary>Tokenizing and sentence splitting about 1 MB of French news-like text.</summary>
[MemoryDiagnoser]
public class TokenizeBenchmarks
{
    private readonly Extractor _tokens = Extractor.Create(new ExtractorOptions
    {
        Languages = [Language.French],
        Layers = Layers.Tokens | Layers.Sentences,
    });

    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = SampleText.FrenchNews(minimumChars: 1_000_000);

    [Benchmark]
    public int TokenizeAndSplitFrench() => _tokens.Extract(_text, Language.French).Tokens.Length;
}
