namespace Extraction.Claims;

/// <summary>What a <see cref="ClaimWord"/> looks like.</summary>
[Flags]
internal enum WordShape : ushort
{
    None = 0,

    /// <summary>Made of letters (possibly with digits, hyphens and apostrophes).</summary>
    Letter = 1,

    /// <summary>The first letter is upper case.</summary>
    Upper = 2,

    /// <summary>Every letter is upper case and there are at least two.</summary>
    AllUpper = 4,

    /// <summary>Starts with a digit.</summary>
    Digit = 8,

    /// <summary>A punctuation or symbol character.</summary>
    Punct = 16,

    /// <summary>A quotation mark of any convention.</summary>
    Quote = 32,

    /// <summary>A dash (em, en, horizontal bar).</summary>
    Dash = 64,

    /// <summary>An inverted subject clitic (<c>-t-il</c>, <c>-elle</c>).</summary>
    Clitic = 128,

    /// <summary>An elided word ending with its apostrophe (<c>l'</c>, <c>qu'</c>).</summary>
    Elided = 256,

    /// <summary>White space comes right before the word.</summary>
    SpaceBefore = 512,

    /// <summary>The word is the first of a paragraph (a line break comes before it).</summary>
    ParagraphStart = 1024,

    /// <summary>A sentence-final mark: <c>. ! ? …</c>.</summary>
    Terminal = 2048,
}

/// <summary>A word as the claim rules see it: a span of the text and its shape.</summary>
/// <param name="Start">First character (inclusive).</param>
/// <param name="End">Last character (exclusive).</param>
/// <param name="Shape">What the word looks like.</param>
internal readonly record struct ClaimWord(int Start, int End, WordShape Shape)
{
    public bool Is(WordShape shape) => (Shape & shape) != 0;

    public TextSpan Span => new(Start, End);
}
