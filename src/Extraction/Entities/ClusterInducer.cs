using System.Runtime.InteropServices;

namespace Extraction.Entities;

/// <summary>
/// Induces hierarchical word clusters from unlabelled text, reproducibly (fixed seed):
/// <list type="number">
/// <item>count, for the most frequent words, their left and right neighbours among the most frequent context words;</item>
/// <item>weight the counts by positive pointwise mutual information (context-distribution smoothing 0.75) and
/// keep each row sparse and normalised (cosine similarity);</item>
/// <item>split the words in two by spherical 2-means, recursively, to <see cref="WordClusters.Bits"/> levels: the
/// path of left/right choices is the word's bit string, so its prefixes are coarser clusters, as with Brown
/// clusters.</item>
/// </list>
/// Pre-computed vectors (GloVe) can be clustered directly.
/// </summary>
internal sealed class ClusterInducer(int vocabulary = 60_000, int contexts = 3_000, int minCount = 4, int seed = 7)
{
    private const char RightSingleQuote = '\u2019';

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _types = [];
    private readonly List<int> _frequencies = [];
    private readonly List<int[]> _sentences = [];

    /// <summary>Adds one sentence of tokens (normalised as the tagger normalises words).</summary>
    public void AddSentence(IReadOnlyList<string> tokens)
    {
        var ids = new int[tokens.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            string word = Normalize(tokens[i]);
            ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, word, out bool exists);
            if (!exists)
            {
                id = _types.Count;
                _types.Add(word);
                _frequencies.Add(0);
            }

            _frequencies[id]++;
            ids[i] = id;
        }

        _sentences.Add(ids);
    }

    /// <summary>Lower case, digits folded to 0, typographic apostrophe to ASCII: the form the tagger looks up.</summary>
    public static string Normalize(string word) => string.Create(Math.Min(word.Length, 48), word, static (span, source) =>
    {
        for (int i = 0; i < span.Length; i++)
        {
            char c = source[i];
            span[i] = c == RightSingleQuote ? '\'' : char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
    });

    /// <summary>Builds the clusters from the sentences added so far.</summary>
    public Dictionary<string, ushort> Induce(Action<string> progress)
    {
        int[] byFrequency = [.. Enumerable.Range(0, _types.Count).Where(t => _frequencies[t] >= minCount)
            .OrderByDescending(t => _frequencies[t]).ThenBy(t => _types[t], StringComparer.Ordinal)];
        int[] kept = byFrequency[..Math.Min(vocabulary, byFrequency.Length)];
        string[] words = [.. kept.Select(t => _types[t])];
        var rank = new int[_types.Count];
        Array.Fill(rank, -1);
        for (int i = 0; i < kept.Length; i++)
        {
            rank[kept[i]] = i;
        }

        int contextCount = Math.Min(contexts, words.Length);
        progress($"{_sentences.Count} sentences, {_types.Count} word types; clustering {words.Length} words on {contextCount} left/right contexts");

        // Co-occurrence counts: column c < contextCount = left neighbour c, column contextCount + c = right neighbour c.
        var rows = new Dictionary<int, float>[words.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = [];
        }

        var columnTotals = new double[2 * contextCount];
        foreach (int[] sentence in _sentences)
        {
            for (int i = 0; i < sentence.Length; i++)
            {
                int w = rank[sentence[i]];
                if (w < 0)
                {
                    continue;
                }

                int left = i > 0 ? rank[sentence[i - 1]] : -1;
                int right = i + 1 < sentence.Length ? rank[sentence[i + 1]] : -1;
                if (left >= 0 && left < contextCount)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(rows[w], left, out _)++;
                    columnTotals[left]++;
                }

                if (right >= 0 && right < contextCount)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(rows[w], contextCount + right, out _)++;
                    columnTotals[contextCount + right]++;
                }
            }
        }

        double smoothedTotal = 0;
        foreach (double columnTotal in columnTotals)
        {
            smoothedTotal += Math.Pow(columnTotal, 0.75);
        }

        var vectors = new SparseVector[words.Length];
        for (int w = 0; w < words.Length; w++)
        {
            double rowTotal = 0;
            foreach (float count in rows[w].Values)
            {
                rowTotal += count;
            }

            var columns = new List<int>();
            var values = new List<float>();
            foreach ((int column, float count) in rows[w].OrderBy(p => p.Key))
            {
                // PPMI with context-distribution smoothing (alpha 0.75, Levy et al. 2015).
                double pmi = Math.Log(count * smoothedTotal / (rowTotal * Math.Pow(columnTotals[column], 0.75)));
                if (pmi > 0)
                {
                    columns.Add(column);
                    values.Add((float)pmi);
                }
            }

            vectors[w] = new SparseVector([.. columns], [.. values]);
        }

        return Cluster(words, vectors, 2 * contextCount, seed, progress);
    }

    /// <summary>Clusters dense vectors (GloVe); see <see cref="Cluster(string[], SparseVector[], int, int, Action{string})"/>.</summary>
    public static Dictionary<string, ushort> Cluster(string[] words, float[][] vectors, int seed, Action<string> progress)
    {
        int dimensions = vectors.Length == 0 ? 0 : vectors[0].Length;
        int[] all = [.. Enumerable.Range(0, dimensions)];
        var sparse = new SparseVector[vectors.Length];
        for (int i = 0; i < vectors.Length; i++)
        {
            sparse[i] = new SparseVector(all, vectors[i]);
        }

        return Cluster(words, sparse, dimensions, seed, progress);
    }

    /// <summary>Bisecting spherical 2-means over vectors; each word gets the 16-bit path of its leaf.</summary>
    public static Dictionary<string, ushort> Cluster(string[] words, SparseVector[] vectors, int dimensions, int seed, Action<string> progress)
    {
        foreach (SparseVector vector in vectors)
        {
            Normalise(vector.Values);
        }

        var codes = new ushort[words.Length];
        var random = new Random(seed);
        var pending = new Stack<(int[] Members, int Depth)>();
        pending.Push(([.. Enumerable.Range(0, words.Length)], 0));
        int leaves = 0;
        while (pending.Count > 0)
        {
            (int[] members, int depth) = pending.Pop();
            if (depth == WordClusters.Bits || members.Length < 2)
            {
                leaves++;
                continue;
            }

            bool[] right = Bisect(members, vectors, dimensions, random);
            var left = new List<int>();
            var rightMembers = new List<int>();
            for (int i = 0; i < members.Length; i++)
            {
                if (right[i])
                {
                    codes[members[i]] |= (ushort)(1 << (WordClusters.Bits - 1 - depth));
                    rightMembers.Add(members[i]);
                }
                else
                {
                    left.Add(members[i]);
                }
            }

            pending.Push(([.. left], depth + 1));
            pending.Push(([.. rightMembers], depth + 1));
        }

        progress($"{words.Length} words in {leaves} leaves");
        var result = new Dictionary<string, ushort>(StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            result[words[i]] = codes[i];
        }

        return result;
    }

    private static bool[] Bisect(int[] members, SparseVector[] vectors, int dimensions, Random random)
    {
        // Seeds: a random member and the member least similar to it.
        var a = new float[dimensions];
        vectors[members[random.Next(members.Length)]].AddTo(a);
        int farthest = members[0];
        float lowest = float.MaxValue;
        foreach (int member in members)
        {
            float similarity = vectors[member].Dot(a);
            if (similarity < lowest)
            {
                lowest = similarity;
                farthest = member;
            }
        }

        var b = new float[dimensions];
        vectors[farthest].AddTo(b);
        var side = new bool[members.Length];
        for (int iteration = 0; iteration < 12; iteration++)
        {
            var sumA = new float[dimensions];
            var sumB = new float[dimensions];
            int countA = 0;
            int countB = 0;
            for (int i = 0; i < members.Length; i++)
            {
                SparseVector v = vectors[members[i]];
                float da = v.Dot(a);
                float db = v.Dot(b);
                side[i] = db > da || (db == da && (i & 1) == 1);
                v.AddTo(side[i] ? sumB : sumA);
                if (side[i])
                {
                    countB++;
                }
                else
                {
                    countA++;
                }
            }

            if (countA == 0 || countB == 0)
            {
                // Degenerate (identical vectors): split by position so the tree still refines.
                for (int i = 0; i < members.Length; i++)
                {
                    side[i] = i >= members.Length / 2;
                }

                return side;
            }

            Normalise(sumA);
            Normalise(sumB);
            a = sumA;
            b = sumB;
        }

        return side;
    }

    private static void Normalise(float[] vector)
    {
        double norm = 0;
        foreach (float x in vector)
        {
            norm += x * x;
        }

        if (norm > 0)
        {
            float scale = (float)(1 / Math.Sqrt(norm));
            for (int d = 0; d < vector.Length; d++)
            {
                vector[d] *= scale;
            }
        }
    }

    /// <summary>A sparse row: ascending column indices and their values.</summary>
    internal readonly record struct SparseVector(int[] Columns, float[] Values)
    {
        public float Dot(float[] dense)
        {
            float sum = 0;
            for (int i = 0; i < Columns.Length; i++)
            {
                sum += Values[i] * dense[Columns[i]];
            }

            return sum;
        }

        public void AddTo(float[] dense)
        {
            for (int i = 0; i < Columns.Length; i++)
            {
                dense[Columns[i]] += Values[i];
            }
        }
    }
}
