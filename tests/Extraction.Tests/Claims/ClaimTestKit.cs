namespace Extraction.Tests.Claims;

/// <summary>One shared extractor per language and a readable view of the claims it finds.</summary>
internal static class ClaimTestKit
{
    private static readonly Lazy<Extractor> s_all = new(() => Extractor.Create(new ExtractorOptions
    {
        Languages = [Language.French, Language.English, Language.Spanish],
        IncludeTokens = false,
    }));

    public static Extractor Extractor => s_all.Value;

    public static Document Read(string text, Language language) => Extractor.Extract(text, language);

    /// <summary>Each claim as (kind, content, cue, speaker, canonical) strings.</summary>
    public static List<Seen> Claims(string text, Language language)
    {
        Document doc = Read(text, language);
        return doc.Claims.Select(c => new Seen(
            c.Kind,
            doc.TextOf(c.Content),
            c.Cue is { } cue ? doc.TextOf(cue) : null,
            c.Speaker is { } speaker ? doc.TextOf(speaker) : null,
            c.SpeakerCanonical)).ToList();
    }

    internal sealed record Seen(ClaimKind Kind, string Content, string? Cue, string? Speaker, string? Canonical);
}
