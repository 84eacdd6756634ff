using System.Runtime.Intrinsics;

namespace Extraction.Entities;

/// <summary>
/// First-order Viterbi decoding under the BILOU constraints: an <c>I-</c> or <c>L-</c> tag only after a <c>B-</c>
/// or <c>I-</c> of its type, every entity closed, so the result is always a valid sequence. Linear in the sentence
/// length; the caller gives the scratch.
/// </summary>
internal static class ViterbiDecoder
{
    private const int L = EntityTags.Count;

    private static readonly int[] s_offsets = new int[L + 1];

    private static readonly int[] s_predecessors = BuildPredecessors(s_offsets);

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

        for (int t = 0; t < L; t++)
        {
            delta[t] = EntityTags.CanStart(t) && Permits(forced, 0, t) ? starts[t] + emissions[t] : float.NegativeInfinity;
        }

        if (forced.IsEmpty)
        {
            ForwardVectorized(emissions, n, transitions, delta, back);
        }
        else
        {
            ForwardForced(emissions, n, transitions, forced, delta, back);
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

    /// <summary>
    /// The forward pass with no forced tags, branch-free: for each previous tag, one vector add and compare over all
    /// current tags at once (disallowed pairs score minus infinity). A strictly greater score replaces the best, and
    /// previous tags come in ascending order, so ties break exactly as in <see cref="ForwardForced"/>.
    /// </summary>
    private static void ForwardVectorized(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<float> delta, Span<int> back)
    {
        const int Lanes = 24; // L rounded up to three vectors of 8
        Span<float> entering = stackalloc float[L * Lanes];
        entering.Fill(float.NegativeInfinity);
        ReadOnlySpan<int> predecessors = s_predecessors;
        ReadOnlySpan<int> offsets = s_offsets;
        for (int t = 0; t < L; t++)
        {
            for (int k = offsets[t]; k < offsets[t + 1]; k++)
            {
                int p = predecessors[k];
                entering[(p * Lanes) + t] = transitions[(p * L) + t];
            }
        }

        Span<float> best = stackalloc float[Lanes];
        Span<int> from = stackalloc int[Lanes];
        for (int i = 1; i < n; i++)
        {
            int row = i * L;
            ReadOnlySpan<float> previous = delta.Slice(row - L, L);
            Vector256<float> best0 = Vector256.Create(float.NegativeInfinity);
            Vector256<float> best1 = best0;
            Vector256<float> best2 = best0;
            Vector256<int> from0 = Vector256<int>.Zero;
            Vector256<int> from1 = from0;
            Vector256<int> from2 = from0;
            for (int p = 0; p < L; p++)
            {
                Vector256<float> score = Vector256.Create(previous[p]);
                Vector256<int> tag = Vector256.Create(p);
                ReadOnlySpan<float> column = entering.Slice(p * Lanes, Lanes);
                Vector256<float> s0 = score + Vector256.Create(column);
                Vector256<float> s1 = score + Vector256.Create(column[8..]);
                Vector256<float> s2 = score + Vector256.Create(column[16..]);
                Vector256<float> m0 = Vector256.GreaterThan(s0, best0);
                Vector256<float> m1 = Vector256.GreaterThan(s1, best1);
                Vector256<float> m2 = Vector256.GreaterThan(s2, best2);
                best0 = Vector256.ConditionalSelect(m0, s0, best0);
                best1 = Vector256.ConditionalSelect(m1, s1, best1);
                best2 = Vector256.ConditionalSelect(m2, s2, best2);
                from0 = Vector256.ConditionalSelect(m0.AsInt32(), tag, from0);
                from1 = Vector256.ConditionalSelect(m1.AsInt32(), tag, from1);
                from2 = Vector256.ConditionalSelect(m2.AsInt32(), tag, from2);
            }

            best0.CopyTo(best);
            best1.CopyTo(best[8..]);
            best2.CopyTo(best[16..]);
            from0.CopyTo(from);
            from1.CopyTo(from[8..]);
            from2.CopyTo(from[16..]);
            for (int t = 0; t < L; t++)
            {
                delta[row + t] = best[t] + emissions[row + t];
                back[row + t] = from[t];
            }
        }
    }

    /// <summary>The forward pass when some tokens must take a given tag (training's gold path).</summary>
    private static void ForwardForced(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, ReadOnlySpan<int> forced, Span<float> delta, Span<int> back)
    {
        ReadOnlySpan<int> predecessors = s_predecessors;
        ReadOnlySpan<int> offsets = s_offsets;
        for (int i = 1; i < n; i++)
        {
            int row = i * L;
            ReadOnlySpan<float> previous = delta.Slice(row - L, L);
            int only = forced[i];
            for (int t = 0; t < L; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                if (only < 0 || only == t)
                {
                    for (int k = offsets[t]; k < offsets[t + 1]; k++)
                    {
                        int p = predecessors[k];
                        float score = previous[p] + transitions[(p * L) + t];
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
    }

    private static bool Permits(ReadOnlySpan<int> forced, int i, int tag) =>
        forced.IsEmpty || forced[i] < 0 || forced[i] == tag;

    /// <summary>Lists, tag by tag, the tags allowed before it; <paramref name="offsets"/> receives where each list starts.</summary>
    private static int[] BuildPredecessors(int[] offsets)
    {
        var predecessors = new List<int>();
        for (int t = 0; t < L; t++)
        {
            offsets[t] = predecessors.Count;
            for (int p = 0; p < L; p++)
            {
                if (EntityTags.CanFollow(p, t))
                {
                    predecessors.Add(p);
                }
            }
        }

        offsets[L] = predecessors.Count;
        return [.. predecessors];
    }
}
