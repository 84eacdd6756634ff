using System.Text.Json.Serialization;

namespace Extraction.Serialization;

// The wire shape of ../formats section 1: plain rows the source-generated serializer writes and reads.
#pragma warning disable SA1402, SA1649 // Small related records are kept together.

internal sealed record SpanDto(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);

internal sealed record TokenDto(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("kind")] string Kind);

internal sealed record TextSpanDto(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string? Text);

internal sealed record EntityDto(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("cluster")] int? Cluster);

internal sealed record ClusterDto(
    [property: JsonPropertyName("id")] int? Id,
    [property: JsonPropertyName("canonical")] string Canonical,
    [property: JsonPropertyName("label")] string? Label,
    [property: JsonPropertyName("mentions")] int[][] Mentions);

internal sealed record ClaimDto(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("content")] TextSpanDto Content,
    [property: JsonPropertyName("cue")] TextSpanDto? Cue,
    [property: JsonPropertyName("speaker")] TextSpanDto? Speaker,
    [property: JsonPropertyName("speakerCanonical")] string? SpeakerCanonical,
    [property: JsonPropertyName("speakerCluster")] int? SpeakerCluster,
    [property: JsonPropertyName("rule"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Rule);

internal sealed record DocumentDto(
    [property: JsonPropertyName("schema")] string? Schema,
    [property: JsonPropertyName("id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("sentences"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SpanDto[]? Sentences,
    [property: JsonPropertyName("tokens"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TokenDto[]? Tokens,
    [property: JsonPropertyName("entities")] EntityDto[]? Entities,
    [property: JsonPropertyName("clusters")] ClusterDto[]? Clusters,
    [property: JsonPropertyName("claims")] ClaimDto[]? Claims);

/// <summary>A token row of the <c>--jsonl</c> token output.</summary>
internal sealed record TokenLineDto(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("sentence")] int Sentence);

[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DocumentDto))]
[JsonSerializable(typeof(TokenLineDto))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext;

#pragma warning restore SA1402, SA1649
