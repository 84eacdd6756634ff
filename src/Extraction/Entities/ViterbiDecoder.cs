namespace Extraction.Entities;

/// <summary>
/// First-order Viterbi decoding under the BILOU constraints: an <c>I-</c> or <c>L-</c> tag only after a <c>B-</c>
/// or <c>I-</c> of its type, every entity closed, so the result is always a valid sequence. Linear in the sentence
/// length; the caller gives the scratch.
/// </summary>
internal static class ViterbiDecoder
{
    private const int L = EntityTags.Count;

    private static readonly bool[] s_allowed = BuildAllowed();

    /// <summary>Finds the best valid tag sequence.</summary>
    /// <param name="emissions">Per token, <see cref="EntityTags.Count"/> scores.</param>
    /// <param name="n">The number of tokens.</param>
    /// <param name="transitions">The learned score of each (previous, current) pair, row-major.</param>
    /// <param name="starts">The learned score of each tag at the start of a sentence.</param>
    /// <param name="forced">Empty, or per token a tag the path must take (-1 for any).</param>
    /// <param name="delta">Scratch, at least <c>n * Count</c>.</param>
    /// <param name="back">Scratch, at least <c>n * Count</c>.</param>
    /// <param name="path">Receives the tags.</param>
    public static void Decode(
        ReadOnlySpan<float> emissions,
        int n,
        ReadOnlySpan<float> transitions,
        ReadOnlySpan<float> starts,
        ReadOnlySpan<int> forced,
        Span<float> delta,
        Span<int> back,
        Span<int> path)
    {
        if (n == 0)
        {
            return;
        }

        bool[] allowed = s_allowed;
        for (int t = 0; t < L; t++)
        {
            delta[t] = EntityTags.CanStart(t) && Permits(forced, 0, t) ? starts[t] + emissions[t] : float.NegativeInfinity;
        }

        for (int i = 1; i < n; i++)
        {
            int row = i * L;
            int prevRow = row - L;
            for (int t = 0; t < L; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                if (Permits(forced, i, t))
                {
                    for (int p = 0; p < L; p++)
                    {
                        if (!allowed[(p * L) + t])
                        {
                            continue;
                        }

                        float score = delta[prevRow + p] + transitions[(p * L) + t];
                        if (score > best)
                        {
                            best = score;
                            arg = p;
                        }
                    }
                }

                delta[row + t] = best + emissions[row + t];
                back[row + t] = arg;
            }
        }

        int lastRow = (n - 1) * L;
        float top = float.NegativeInfinity;
        int tag = EntityTags.Outside;
        for (int t = 0; t < L; t++)
        {
            if (EntityTags.CanEnd(t) && delta[lastRow + t] > top)
            {
                top = delta[lastRow + t];
                tag = t;
            }
        }

        if (float.IsNegativeInfinity(top))
        {
            // Only reachable when forced tags contradict each other; fall back to nothing tagged.
            path[..n].Clear();
            return;
        }

        for (int i = n - 1; i >= 0; i--)
        {
            path[i] = tag;
            tag = back[(i * L) + tag];
        }
    }

    private static bool Permits(ReadOnlySpan<int> forced, int i, int tag) =>
        forced.IsEmpty || forced[i] < 0 || forced[i] == tag;

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[L * L];
        for (int p = 0; p < L; p++)
        {
            for (int t = 0; t < L; t++)
            {
                allowed[(p * L) + t] = EntityTags.CanFollow(p, t);
            }
        }

        return allowed;
    }
}
