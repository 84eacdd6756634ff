using System.Collections.Immutable;

namespace Extraction;

/// <summary>
/// The immutable result of reading one text: the original text and flat arrays of annotations whose spans are
/// offsets into it. Safe to share between threads.
/// </summary>
public sealed class Document
{
    internal Document(
        string? id,
        string text,
        Language language,
        ImmutableArray<Token> tokens,
        ImmutableArray<TextSpan> sentences,
        ImmutableArray<Entity> entities,
        ImmutableArray<EntityCluster> clusters,
        ImmutableArray<Claim> claims)
    {
        Id = id;
        Text = text;
        Language = language;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        Clusters = clusters;
        Claims = claims;
    }

    /// <summary>The caller's id for the text (from <see cref="TextInput.Id"/>), or <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>The original text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>The language the text was read as.</summary>
    public Language Language { get; }

    /// <summary>The tokens in text order (empty when tokens were not requested or not kept).</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The sentences in text order, each trimmed of surrounding white space.</summary>
    public ImmutableArray<TextSpan> Sentences { get; }

    /// <summary>The named-entity mentions in text order.</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>The entity clusters; a cluster's <see cref="EntityCluster.Id"/> is its index here.</summary>
    public ImmutableArray<EntityCluster> Clusters { get; }

    /// <summary>The claims in text order of their content.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>The original text of a span of this document.</summary>
    /// <param name="span">A span inside <see cref="Text"/>.</param>
    /// <returns>The substring the span covers.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside the text.</exception>
    public string TextOf(TextSpan span)
    {
        if (span.Start < 0 || span.End > Text.Length || span.End < span.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"The span must lie inside the text of {Text.Length} characters.");
        }

        return Text.Substring(span.Start, span.Length);
    }

    /// <summary>The original text of a token of this document.</summary>
    /// <param name="token">A token of this document.</param>
    /// <returns>The token's text.</returns>
    public string TextOf(Token token) => TextOf(token.Span);
}
