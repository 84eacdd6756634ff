using System.Diagnostics;
using Extraction.Entities;
using Extraction.Models;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Extraction.Cli.Training;

/// <summary>The optimiser that fits the maximum-entropy model.</summary>
internal enum MaxEntSolver
{
    /// <summary>L-BFGS on the regularised log-likelihood (<c>LbfgsMaximumEntropy</c>).</summary>
    Lbfgs,

    /// <summary>Stochastic dual coordinate ascent (<c>SdcaMaximumEntropy</c>).</summary>
    Sdca,
}

/// <summary>Where the tag transition scores of a maximum-entropy tagger come from.</summary>
internal enum TransitionSource
{
    /// <summary>
    /// The previous gold tag (or "sentence start") is one more feature of each token; its learned weights become the
    /// transition (and start) scores (a maximum-entropy Markov model, decoded without its per-state normaliser).
    /// </summary>
    Learned,

    /// <summary>
    /// No previous-tag feature; transition and start scores are the log relative frequencies of gold tag bigrams
    /// (add-one smoothed), added to the unnormalised class scores of each token.
    /// </summary>
    Counted,
}

/// <summary>Settings of a maximum-entropy training run.</summary>
/// <param name="HashBits">The weight table has <c>2^HashBits</c> rows (the same buckets as the perceptron).</param>
/// <param name="Solver">The optimiser.</param>
/// <param name="L1">L1 regularisation weight.</param>
/// <param name="L2">L2 regularisation weight.</param>
/// <param name="Iterations">The most optimiser iterations (L-BFGS) or passes (SDCA).</param>
/// <param name="Transitions">Where the transition scores come from.</param>
internal sealed record MaxEntOptions(
    int HashBits = 20,
    MaxEntSolver Solver = MaxEntSolver.Lbfgs,
    float L1 = 0.1f,
    float L2 = 0.1f,
    int Iterations = 150,
    TransitionSource Transitions = TransitionSource.Learned);

/// <summary>
/// Trains the entity tagger as a per-token multiclass maximum-entropy classifier with Microsoft.ML, over exactly
/// the hashed feature buckets the perceptron uses (a sparse vector: one dimension per bucket, the value the number of
/// the token's features that fall in it), then copies the class weights into the tagger's one weight table so the
/// library's own scorer and constrained Viterbi decoder run it. The class biases go into the row of the always-on
/// bias feature. At training time the document memory learns from the gold tags, as does the previous-tag feature;
/// masked tokens give no training row. Single-threaded and deterministic.
/// </summary>
internal static class MaxEntTrainer
{
    private const int L = EntityTags.Count;

    public static EntityTagger Train(
        ModelInfo info,
        FeatureExtractor features,
        IReadOnlyList<NerDocument> train,
        IReadOnlyList<NerDocument>? dev,
        MaxEntOptions options,
        Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(progress);
        var clock = Stopwatch.StartNew();
        int buckets = 1 << options.HashBits;
        bool learned = options.Transitions == TransitionSource.Learned;

        // Only the buckets the training data uses get a dimension (the others would keep a zero weight anyway), then,
        // with learned transitions, one dimension per previous tag and one for "sentence start".
        List<TokenRow> rows = Rows(features, train, buckets, learned, out int[] used);
        int dimension = used.Length + (learned ? L + 1 : 0);
        progress($"{rows.Count} training tokens, {used.Length} of {buckets} buckets used; {options.Solver}, L1 {options.L1}, L2 {options.L2}, at most {options.Iterations} iterations, transitions {options.Transitions.ToString().ToLowerInvariant()}");

        var context = new MLContext(seed: 1);
        SchemaDefinition schema = SchemaDefinition.Create(typeof(TokenRow));
        schema[nameof(TokenRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), L);
        schema[nameof(TokenRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        IDataView data = context.Data.Cache(context.Data.LoadFromEnumerable(rows, schema));

        MaximumEntropyModelParameters model = options.Solver switch
        {
            MaxEntSolver.Sdca => context.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(TokenRow.Label),
                FeatureColumnName = nameof(TokenRow.Features),
                L1Regularization = options.L1,
                L2Regularization = options.L2,
                MaximumNumberOfIterations = options.Iterations,
                NumberOfThreads = 1,
                Shuffle = true,
            }).Fit(data).Model,
            _ => context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(TokenRow.Label),
                FeatureColumnName = nameof(TokenRow.Features),
                L1Regularization = options.L1,
                L2Regularization = options.L2,
                MaximumNumberOfIterations = options.Iterations,
                HistorySize = 10,
                NumberOfThreads = 1,
            }).Fit(data).Model,
        };

        VBuffer<float>[] classWeights = [];
        model.GetWeights(ref classWeights, out int classes);
        float[] biases = model.GetBiases().ToArray();
        if (classes != L)
        {
            throw new InvalidOperationException($"Microsoft.ML returned {classes} classes; the tagger has {L} tags.");
        }

        var weights = new float[buckets * L];
        var transitions = new float[L * L];
        var starts = new float[L];
        for (int tag = 0; tag < L; tag++)
        {
            foreach (KeyValuePair<int, float> item in classWeights[tag].Items())
            {
                if (item.Key < used.Length)
                {
                    weights[(used[item.Key] * L) + tag] = item.Value;
                }
                else if (item.Key < used.Length + L)
                {
                    transitions[((item.Key - used.Length) * L) + tag] = item.Value;
                }
                else
                {
                    starts[tag] = item.Value;
                }
            }
        }

        int biasRow = BiasBucket(features) * L;
        for (int tag = 0; tag < L; tag++)
        {
            weights[biasRow + tag] += biases[tag];
        }

        if (!learned)
        {
            CountTransitions(train, transitions, starts);
        }

        // The model file stores half floats: round now, so the model in memory is the one that is saved.
        RoundToHalf(weights);
        var tagger = new EntityTagger(info, features, WeightTable.FromTagWeights(weights), transitions, starts);
        int nonZero = weights.Count(w => w != 0);
        progress($"trained in {clock.Elapsed.TotalSeconds:F1} s; {nonZero} non-zero weights of {weights.Length}");
        if (dev is { Count: > 0 })
        {
            progress($"dev F1 {PerceptronTrainer.Evaluate(tagger, dev).MicroF1 * 100:F2}");
        }

        return tagger;
    }

    /// <summary>The bucket of the feature every token has (template 1), which carries the class biases.</summary>
    private static int BiasBucket(FeatureExtractor features)
    {
        Span<TokenInfo> one = stackalloc TokenInfo[1];
        Span<int> found = stackalloc int[FeatureExtractor.MaxFeatures];
        features.Extract(one, 0, 0, found);
        return found[0];
    }

    /// <summary>
    /// One training row per unmasked token: its gold tag and its bucket counts (plus the previous tag), over compact
    /// dimensions; <paramref name="used"/> maps a dimension back to its bucket.
    /// </summary>
    private static List<TokenRow> Rows(FeatureExtractor features, IReadOnlyList<NerDocument> train, int buckets, bool previousTag, out int[] used)
    {
        var tokens = new List<(uint Label, int[] Indices, float[] Values, int Previous)>();
        var seen = new bool[buckets];
        var scratch = new TaggerScratch();
        Span<int> sorted = stackalloc int[FeatureExtractor.MaxFeatures];
        Span<int> indices = stackalloc int[FeatureExtractor.MaxFeatures + 1];
        Span<float> values = stackalloc float[FeatureExtractor.MaxFeatures + 1];
        foreach (NerDocument document in train)
        {
            scratch.Memory.Clear();
            foreach ((int start, int n) in document.TaggingPieces())
            {
                scratch.Ensure(n);
                Span<TokenInfo> infos = scratch.Infos.AsSpan(0, n);
                features.Describe(document.Text, document.Tokens.AsSpan(start, n), infos, scratch.Gazetteer);
                ReadOnlySpan<int> gold = document.Gold.AsSpan(start, n);
                for (int i = 0; i < n; i++)
                {
                    if (document.Masked is { } masked && masked[start + i])
                    {
                        continue;
                    }

                    int count = features.Extract(infos, i, scratch.Memory.FeatureOf(infos[i]), scratch.Buckets);
                    Span<int> found = sorted[..count];
                    scratch.Buckets.AsSpan(0, count).CopyTo(found);
                    found.Sort();
                    int k = 0;
                    for (int f = 0; f < count; f++)
                    {
                        if (k > 0 && indices[k - 1] == found[f])
                        {
                            values[k - 1]++;
                            continue;
                        }

                        indices[k] = found[f];
                        values[k] = 1;
                        k++;
                    }

                    for (int f = 0; f < k; f++)
                    {
                        seen[indices[f]] = true;
                    }

                    tokens.Add(((uint)gold[i], indices[..k].ToArray(), values[..k].ToArray(), i == 0 ? L : gold[i - 1]));
                }

                scratch.Memory.Learn(infos, gold);
            }
        }

        // Compact dimensions in bucket order, so a row's indices stay sorted.
        var dimensionOf = new int[buckets];
        var usedList = new List<int>();
        for (int b = 0; b < buckets; b++)
        {
            if (seen[b])
            {
                dimensionOf[b] = usedList.Count;
                usedList.Add(b);
            }
        }

        used = [.. usedList];
        int dimension = used.Length + (previousTag ? L + 1 : 0);
        var rows = new List<TokenRow>(tokens.Count);
        foreach ((uint label, int[] bucketIndices, float[] bucketValues, int previous) in tokens)
        {
            int count = bucketIndices.Length + (previousTag ? 1 : 0);
            var rowIndices = new int[count];
            var rowValues = new float[count];
            for (int f = 0; f < bucketIndices.Length; f++)
            {
                rowIndices[f] = dimensionOf[bucketIndices[f]];
                rowValues[f] = bucketValues[f];
            }

            if (previousTag)
            {
                rowIndices[^1] = used.Length + previous;
                rowValues[^1] = 1;
            }

            rows.Add(new TokenRow { Label = label, Features = new VBuffer<float>(dimension, count, rowValues, rowIndices) });
        }

        return rows;
    }

    private static void CountTransitions(IReadOnlyList<NerDocument> train, float[] transitions, float[] starts)
    {
        var pairs = new double[L * L];
        var firsts = new double[L];
        foreach (NerDocument document in train)
        {
            for (int s = 0; s < document.SentenceCount; s++)
            {
                (int start, int end) = document.SentenceRange(s);
                firsts[document.Gold[start]]++;
                for (int i = start + 1; i < end; i++)
                {
                    pairs[(document.Gold[i - 1] * L) + document.Gold[i]]++;
                }
            }
        }

        double firstTotal = firsts.Sum() + L;
        for (int t = 0; t < L; t++)
        {
            starts[t] = (float)Math.Log((firsts[t] + 1) / firstTotal);
        }

        for (int p = 0; p < L; p++)
        {
            double total = L;
            for (int t = 0; t < L; t++)
            {
                total += pairs[(p * L) + t];
            }

            for (int t = 0; t < L; t++)
            {
                transitions[(p * L) + t] = (float)Math.Log((pairs[(p * L) + t] + 1) / total);
            }
        }
    }

    private static void RoundToHalf(float[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)(Half)values[i];
        }
    }

    /// <summary>One token as Microsoft.ML reads it.</summary>
    internal sealed class TokenRow
    {
        /// <summary>The gold tag (Microsoft.ML reads a key field from an object as 0-based: class index = tag).</summary>
        public uint Label { get; set; }

        /// <summary>The token's bucket counts.</summary>
        public VBuffer<float> Features { get; set; }
    }
}
