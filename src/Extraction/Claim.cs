namespace Extraction;

/// <summary>One statement the text attributes to a source.</summary>
/// <param name="Kind">The attribution device.</param>
/// <param name="Content">What is claimed.</param>
/// <param name="Cue">The reporting verb group or marker as written, or <see langword="null"/>.</param>
/// <param name="Speaker">The mention naming the source nearest the cue, or <see langword="null"/>.</param>
/// <param name="SpeakerCanonical">The canonical name of the speaker's entity, or <see langword="null"/>.</param>
/// <param name="SpeakerCluster">The id of the speaker's <see cref="EntityCluster"/>, or <see langword="null"/>.</param>
/// <param name="Rule">The name of the rule that found the claim (for error analysis).</param>
public sealed record Claim(
    ClaimKind Kind,
    TextSpan Content,
    TextSpan? Cue,
    TextSpan? Speaker,
    string? SpeakerCanonical,
    int? SpeakerCluster,
    string Rule);
