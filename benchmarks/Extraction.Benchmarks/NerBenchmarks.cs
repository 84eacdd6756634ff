using BenchmarkDotNet.Attributes;
using Extraction.Entities;
using Extraction.Models;
using Extraction.Pipeline;

namespace Extraction.Benchmarks;

/// <summary>
/// The entity tagger on about 1 MB of news-like text per language: tagging pre-tokenized text (tokens and
/// sentences computed in setup), the whole tokenize + split + tag path, and loading a model from its embedded
/// resource. Tokens per second = the token count printed at setup divided by the mean time.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // BenchmarkDotNet needs an unsealed class; the pooled buffer is returned in [GlobalCleanup].
public class NerBenchmarks
#pragma warning restore CA1001
{
    private string _text = string.Empty;
    private Token[] _tokens = [];
    private TextSpan[] _sentences = [];
    private EntityTagger _tagger = null!;
    private Extractor _extractor = null!;
    private PooledList<Entity>? _entities;

    [Params(Language.French, Language.English, Language.Spanish)]
    public Language Language { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Language switch
        {
            Language.English => SampleText.EnglishNews(minimumChars: 1_000_000),
            Language.Spanish => SampleText.SpanishNews(minimumChars: 1_000_000),
            _ => SampleText.FrenchNews(minimumChars: 1_000_000),
        };
        Document tokenized = Extractor.Create(new ExtractorOptions { Languages = [Language], Layers = Layers.Tokens | Layers.Sentences }).Extract(_text, Language);
        _tokens = [.. tokenized.Tokens];
        _sentences = [.. tokenized.Sentences];
        _tagger = ModelStore.Tagger(Language);
        _extractor = Extractor.Create(new ExtractorOptions { Languages = [Language], Layers = Layers.Tokens | Layers.Sentences | Layers.Entities, IncludeTokens = false });
        _entities = new PooledList<Entity>(4096);
        Console.WriteLine($"// {Language}: {_tokens.Length} tokens, {_sentences.Length} sentences, {_text.Length} chars");
    }

    [GlobalCleanup]
    public void Cleanup() => _entities?.Dispose();

    [Benchmark]
    public int TagPretokenized()
    {
        _entities!.Clear();
        _tagger.Tag(_text, _tokens, _sentences, _entities, CancellationToken.None);
        return _entities.Count;
    }

    [Benchmark]
    public int TokenizeAndTag() => _extractor.Extract(_text, Language).Entities.Length;

    [Benchmark]
    public int LoadModel()
    {
        using Stream stream = typeof(ModelStore).Assembly.GetManifestResourceStream(ModelStore.ResourceName(Language))!;
        return EntityTagger.Load(stream, ModelStore.ResourceName(Language)).Weights.Buckets;
    }
}
