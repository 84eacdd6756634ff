namespace Extraction;

/// <summary>One token: its span in the original text and its kind.</summary>
/// <param name="Span">Where the token lies in the original text.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    /// <summary>Start offset of the token (inclusive).</summary>
    public int Start => Span.Start;

    /// <summary>End offset of the token (exclusive).</summary>
    public int End => Span.End;
}
