namespace Extraction.Claims;

/// <summary>A reporting-verb group found in the text: auxiliaries, reflexive and inverted clitic included.</summary>
/// <param name="First">The first word of the group.</param>
/// <param name="End">One past the last word of the group.</param>
/// <param name="Head">The first word of the verb form itself.</param>
/// <param name="Entry">The lexicon entry of the form.</param>
/// <param name="HasAux">An auxiliary stands before the form.</param>
/// <param name="Clitic">The word index of an inverted subject clitic, or -1.</param>
internal readonly record struct Cue(int First, int End, int Head, VerbEntry Entry, bool HasAux, int Clitic)
{
    public bool IsParticiple => Entry.Form == VerbForm.PresentParticiple && !HasAux;

    public bool IsFinite => HasAux || Entry.Form == VerbForm.Finite;
}

/// <summary>An attribution marker found in the text (<c>selon</c>, <c>according to</c>, <c>según explicó</c>).</summary>
/// <param name="First">The first word.</param>
/// <param name="End">One past the last word.</param>
/// <param name="Role">The marker's role.</param>
internal readonly record struct Marker(int First, int End, MarkerRole Role);

/// <summary>What kind of mention a noun phrase is.</summary>
internal enum MentionKind : byte
{
    None,
    Name,
    Description,
    Pronoun,
    GroupPronoun,
    Relative,
}

/// <summary>A speaker mention as written, with the name it stands for when the text gives one nearby.</summary>
/// <param name="Kind">Name, description or pronoun.</param>
/// <param name="Span">The mention's characters (names without title, descriptions with their determiner).</param>
/// <param name="First">The first word of the noun phrase.</param>
/// <param name="End">One past its last word.</param>
/// <param name="LinkedName">A name the mention is tied to (an acronym in parentheses, a name split off by noise).</param>
internal readonly record struct Mention(MentionKind Kind, TextSpan Span, int First, int End, TextSpan? LinkedName = null)
{
    public static Mention Nothing => new(MentionKind.None, default, -1, -1);

    public bool Exists => Kind != MentionKind.None;
}

/// <summary>A claim being built: filled by the sieves, resolved to a cluster afterwards.</summary>
internal sealed class DraftClaim
{
    public ClaimKind Kind { get; set; }

    public TextSpan Content { get; set; }

    public TextSpan? Cue { get; set; }

    public Mention Speaker { get; set; } = Mention.Nothing;

    /// <summary>The index of an earlier draft whose speaker this one shares (relative subject, shared subject), or -1.</summary>
    public int SharesSpeakerOf { get; set; } = -1;

    /// <summary>A sub-heading quotation: its speaker is the source of the next claim in text order.</summary>
    public bool SpeakerFromNext { get; set; }

    public string Rule { get; set; } = string.Empty;

    public int Sentence { get; set; }

    /// <summary>The word the claim's attribution hangs on (for text order and salience).</summary>
    public int Anchor { get; set; }
}
