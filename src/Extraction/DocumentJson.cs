using System.Text.Json;
using Extraction.Serialization;

namespace Extraction;

/// <summary>Writes a <see cref="Document"/> as the Document JSON (<c>extraction.document/1</c>).</summary>
public static class DocumentJson
{
    /// <summary>The schema name written in every document.</summary>
    public const string Schema = "extraction.document/1";

    /// <summary>Serializes a document to one line of JSON.</summary>
    /// <param name="document">The document.</param>
    /// <param name="includeTokens">Whether to write the tokens (they are large).</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Document document, bool includeTokens = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(ToDto(document, includeTokens), DocumentJsonContext.Default.DocumentDto);
    }

    /// <summary>Serializes a document as UTF-8 JSON to a stream.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="document">The document.</param>
    /// <param name="includeTokens">Whether to write the tokens.</param>
    /// <param name="indented">Whether to indent the JSON for people.</param>
    public static void WriteTo(Stream stream, Document document, bool includeTokens = true, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        JsonSerializer.Serialize(writer, ToDto(document, includeTokens), DocumentJsonContext.Default.DocumentDto);
    }

    internal static DocumentDto ToDto(Document document, bool includeTokens)
    {
        string text = document.Text;
        var sentences = new SpanDto[document.Sentences.Length];
        for (int i = 0; i < sentences.Length; i++)
        {
            sentences[i] = new SpanDto(document.Sentences[i].Start, document.Sentences[i].End);
        }

        TokenDto[]? tokens = null;
        if (includeTokens)
        {
            tokens = new TokenDto[document.Tokens.Length];
            for (int i = 0; i < tokens.Length; i++)
            {
                Token token = document.Tokens[i];
                tokens[i] = new TokenDto(token.Start, token.End, Labels.Of(token.Kind));
            }
        }

        var entities = new EntityDto[document.Entities.Length];
        for (int i = 0; i < entities.Length; i++)
        {
            Entity entity = document.Entities[i];
            entities[i] = new EntityDto(entity.Span.Start, entity.Span.End, Labels.Of(entity.Label), Slice(text, entity.Span), entity.Cluster);
        }

        var clusters = new ClusterDto[document.Clusters.Length];
        for (int i = 0; i < clusters.Length; i++)
        {
            EntityCluster cluster = document.Clusters[i];
            var mentions = new int[cluster.Mentions.Length][];
            for (int m = 0; m < mentions.Length; m++)
            {
                mentions[m] = [cluster.Mentions[m].Start, cluster.Mentions[m].End];
            }

            clusters[i] = new ClusterDto(cluster.Id, cluster.Canonical, Labels.Of(cluster.Label), mentions);
        }

        var claims = new ClaimDto[document.Claims.Length];
        for (int i = 0; i < claims.Length; i++)
        {
            Claim claim = document.Claims[i];
            claims[i] = new ClaimDto(
                Labels.Of(claim.Kind),
                SpanOf(text, claim.Content),
                claim.Cue is { } cue ? SpanOf(text, cue) : null,
                claim.Speaker is { } speaker ? SpanOf(text, speaker) : null,
                claim.SpeakerCanonical,
                claim.SpeakerCluster,
                claim.Rule);
        }

        return new DocumentDto(Schema, document.Id, LanguageCodes.ToCode(document.Language), sentences, tokens, entities, clusters, claims);
    }

    private static TextSpanDto SpanOf(string text, TextSpan span) => new(span.Start, span.End, Slice(text, span));

    private static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);
}
