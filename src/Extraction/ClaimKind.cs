namespace Extraction;

/// <summary>How a claim is attributed (serialized as <c>direct</c>, <c>mixed</c>, <c>indirect</c>, <c>according-to</c>).</summary>
public enum ClaimKind
{
    /// <summary>The content lies entirely inside quote marks (the span excludes the marks).</summary>
    Direct,

    /// <summary>A reported clause that contains quoted fragments.</summary>
    Mixed,

    /// <summary>Reported speech without quote marks.</summary>
    Indirect,

    /// <summary>A proposition attributed by a marker such as "selon X", "according to X", "según X".</summary>
    AccordingTo,
}
