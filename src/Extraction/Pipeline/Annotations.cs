using System.Collections.Immutable;

namespace Extraction.Pipeline;

/// <summary>The per-call scratch the stages write into; frozen once into a <see cref="Document"/>.</summary>
internal sealed class Annotations : IDisposable
{
    public Annotations(string? id, string text, Language language)
    {
        Id = id;
        Text = text;
        Language = language;
        int estimate = Math.Clamp(text.Length / 5, 16, 1 << 20);
        Tokens = new PooledList<Token>(estimate);
        Sentences = new PooledList<TextSpan>(Math.Max(16, estimate / 20));
        Entities = new PooledList<Entity>(32);
    }

    public string? Id { get; }

    public string Text { get; }

    public Language Language { get; }

    public PooledList<Token> Tokens { get; }

    public PooledList<TextSpan> Sentences { get; }

    public PooledList<Entity> Entities { get; }

    public List<EntityCluster> Clusters { get; } = [];

    public List<Claim> Claims { get; } = [];

    public Document Freeze(bool includeTokens) => new(
        Id,
        Text,
        Language,
        includeTokens ? Tokens.ToImmutableArray() : ImmutableArray<Token>.Empty,
        Sentences.ToImmutableArray(),
        Entities.ToImmutableArray(),
        Clusters.Count == 0 ? ImmutableArray<EntityCluster>.Empty : [.. Clusters],
        Claims.Count == 0 ? ImmutableArray<Claim>.Empty : [.. Claims]);

    public void Dispose()
    {
        Tokens.Dispose();
        Sentences.Dispose();
        Entities.Dispose();
    }
}
