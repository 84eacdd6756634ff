namespace Extraction;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in the original input string.
/// </summary>
/// <param name="Start">Index of the first code unit (inclusive).</param>
/// <param name="End">Index one past the last code unit (exclusive).</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of code units the span covers.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no code unit.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when the two spans share at least one code unit.</summary>
    /// <param name="other">The span to compare with.</param>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span that may be contained.</param>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The span as <c>[Start, End)</c>.</summary>
    public override string ToString() => $"[{Start}, {End})";
}
