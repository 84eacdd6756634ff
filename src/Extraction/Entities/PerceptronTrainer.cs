using System.Diagnostics;
using Extraction.Models;

namespace Extraction.Entities;

/// <summary>Settings of a training run.</summary>
/// <param name="Epochs">Passes over the training documents.</param>
/// <param name="Seed">Seeds the shuffling: the same data, options and seed give the same model.</param>
/// <param name="HashBits">The weight table has <c>2^HashBits</c> rows of <see cref="EntityTags.Count"/> weights.</param>
/// <param name="Runs">Independent runs with seeds <c>Seed</c>, <c>Seed + 1</c>, ... whose averaged weights are averaged again
/// (a cheap ensemble: one model, no extra cost at tagging time).</param>
/// <param name="Dropout">Probability that a feature of a token is left out of one training step (0 = none). Makes the
/// model spread its weight over more features, which helps when the training set is small or close to the test text.</param>
/// <param name="Margin">Added to the score of every wrong tag while decoding a training sentence (cost-augmented
/// decoding), so the perceptron also learns from sentences it gets right by less than this margin (0 = none).</param>
internal sealed record TrainingOptions(int Epochs = 10, int Seed = 1, int HashBits = 20, int Runs = 1, double Dropout = 0, float Margin = 0);

/// <summary>
/// Trains the tagger as an averaged structured perceptron (Collins 2002): decode each sentence with the current
/// weights under the BILOU constraints, and where the best path differs from the gold one, add the gold path's
/// features and subtract the predicted path's. The model kept is the average of the weights over all steps (the
/// lazy "w - u / c" form), from the epoch with the best dev F1. Masked tokens (conventions a corpus does not follow)
/// take whatever tag gives the best path consistent with the rest of the gold sequence. Single-threaded and
/// deterministic.
/// <para>
/// When some documents come from other domains (<see cref="NerDocument.Domain"/> above 0), every feature fires twice
/// (Daumé 2007, "frustratingly easy" domain adaptation): once in the shared weights and once in its domain's own
/// weights. Each domain learns there what only it does (its conventions, its spelling), and the shared weights keep
/// what holds everywhere. The model written is shared + target-domain weights, which is exactly what the
/// augmented model computes on target text, so tagging costs the same as without augmentation.
/// </para>
/// </summary>
internal static class PerceptronTrainer
{
    private const int L = EntityTags.Count;

    public static EntityTagger Train(
        ModelInfo info,
        FeatureExtractor features,
        IReadOnlyList<NerDocument> train,
        IReadOnlyList<NerDocument>? dev,
        TrainingOptions options,
        Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(progress);
        if (options.Runs <= 1)
        {
            return TrainOnce(info, features, train, dev, options, progress).ToTagger(info, features);
        }

        LinearModel? sum = null;
        for (int run = 0; run < options.Runs; run++)
        {
            progress($"run {run + 1}/{options.Runs}");
            LinearModel model = TrainOnce(info, features, train, dev, options with { Seed = options.Seed + run }, progress);
            if (sum is null)
            {
                sum = model;
                continue;
            }

            AddInto(sum.Weights, model.Weights);
            AddInto(sum.Transitions, model.Transitions);
            AddInto(sum.Starts, model.Starts);
        }

        float scale = 1f / options.Runs;
        Scale(sum!.Weights, scale);
        Scale(sum.Transitions, scale);
        Scale(sum.Starts, scale);
        EntityTagger ensemble = sum.ToTagger(info, features);
        if (dev is { Count: > 0 })
        {
            progress($"ensemble of {options.Runs} runs: dev F1 {Evaluate(ensemble, dev).MicroF1 * 100:F2}");
        }

        return ensemble;
    }

    private static void AddInto(float[] target, float[] source)
    {
        for (int i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }

    private static void Scale(float[] target, float factor)
    {
        for (int i = 0; i < target.Length; i++)
        {
            target[i] *= factor;
        }
    }

    private static LinearModel TrainOnce(
        ModelInfo info,
        FeatureExtractor features,
        IReadOnlyList<NerDocument> train,
        IReadOnlyList<NerDocument>? dev,
        TrainingOptions options,
        Action<string> progress)
    {
        int buckets = 1 << options.HashBits;
        var weights = new float[buckets * L];
        var weightSums = new double[weights.Length];
        var transitions = new float[L * L];
        var transitionSums = new double[L * L];
        var starts = new float[L];
        var startSums = new double[L];
        var live = new LinearModel(weights, transitions, starts);
        int domains = 0;
        foreach (NerDocument document in train)
        {
            domains = Math.Max(domains, document.Domain + 1);
        }

        // One weight table per domain, the target's (0) included, only when there is more than one domain.
        float[][] domainWeights = new float[domains > 1 ? domains : 0][];
        double[][] domainSums = new double[domainWeights.Length][];
        for (int d = 0; d < domainWeights.Length; d++)
        {
            domainWeights[d] = new float[weights.Length];
            domainSums[d] = new double[weights.Length];
        }

        var scratch = new TaggerScratch();
        var order = new int[train.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new Random(options.Seed);

        // A separate generator, so that the shuffling order is the same with and without dropout.
        var dropping = new Random(options.Seed ^ 0x5bd1e995);
        int[] featureBuffer = new int[EntityTagger.MaxSentenceTokens * 16];
        int[] featureStarts = new int[EntityTagger.MaxSentenceTokens + 1];
        long step = 1;
        double bestF1 = -1;
        LinearModel? best = null;
        int[] goldPath = new int[EntityTagger.MaxSentenceTokens];
        int[] forced = new int[EntityTagger.MaxSentenceTokens];
        long tokens = 0;
        foreach (NerDocument document in train)
        {
            tokens += document.Tokens.Length;
        }

        progress($"training on {train.Count} documents, {tokens} tokens; {options.Epochs} epochs, 2^{options.HashBits} buckets, seed {options.Seed}");
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            long wrong = 0;
            foreach (int index in order)
            {
                NerDocument document = train[index];
                scratch.Memory.Clear();
                foreach ((int start, int n) in document.TaggingPieces())
                {
                    scratch.Ensure(n);
                    ReadOnlySpan<Token> sentence = document.Tokens.AsSpan(start, n);
                    Span<TokenInfo> infos = scratch.Infos.AsSpan(0, n);
                    features.Describe(document.Text, sentence, infos, scratch.Gazetteer);
                    Span<float> emissions = scratch.Emissions.AsSpan(0, n * L);
                    float[]? ownWeights = domainWeights.Length > 0 ? domainWeights[document.Domain] : null;
                    double[]? ownSums = domainWeights.Length > 0 ? domainSums[document.Domain] : null;

                    // The features of every token, with dropout applied, are kept so that the update uses exactly the
                    // features that produced the scores.
                    int[] kept = SentenceFeatures(features, infos, scratch.Memory, options.Dropout, dropping, scratch.Buckets, ref featureBuffer, featureStarts);
                    ScoreFeatures(kept, featureStarts, n, weights, ownWeights, emissions);

                    Span<int> gold = goldPath.AsSpan(0, n);
                    document.Gold.AsSpan(start, n).CopyTo(gold);
                    if (document.Masked is { } masked && masked.AsSpan(start, n).Contains(true))
                    {
                        Span<int> constraint = forced.AsSpan(0, n);
                        for (int i = 0; i < n; i++)
                        {
                            constraint[i] = masked[start + i] ? -1 : gold[i];
                        }

                        ViterbiDecoder.Decode(emissions, n, transitions, starts, constraint, scratch.Delta, scratch.Back, gold);
                    }

                    if (options.Margin > 0)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            Span<float> row = emissions.Slice(i * L, L);
                            for (int t = 0; t < L; t++)
                            {
                                row[t] += t == gold[i] ? 0 : options.Margin;
                            }
                        }
                    }

                    Span<int> predicted = scratch.Tags.AsSpan(0, n);
                    ViterbiDecoder.Decode(emissions, n, transitions, starts, default, scratch.Delta, scratch.Back, predicted);

                    if (!predicted.SequenceEqual(gold))
                    {
                        for (int i = 0; i < n; i++)
                        {
                            int goldPrevious = i == 0 ? -1 : gold[i - 1];
                            int predictedPrevious = i == 0 ? -1 : predicted[i - 1];
                            if (gold[i] == predicted[i] && goldPrevious == predictedPrevious)
                            {
                                continue;
                            }

                            if (gold[i] != predicted[i])
                            {
                                wrong++;
                                for (int f = featureStarts[i]; f < featureStarts[i + 1]; f++)
                                {
                                    int row = kept[f] * L;
                                    Update(weights, weightSums, row + gold[i], 1, step);
                                    Update(weights, weightSums, row + predicted[i], -1, step);
                                    if (ownWeights is not null)
                                    {
                                        Update(ownWeights, ownSums!, row + gold[i], 1, step);
                                        Update(ownWeights, ownSums!, row + predicted[i], -1, step);
                                    }
                                }
                            }

                            if (i == 0)
                            {
                                Update(starts, startSums, gold[0], 1, step);
                                Update(starts, startSums, predicted[0], -1, step);
                            }
                            else
                            {
                                Update(transitions, transitionSums, (goldPrevious * L) + gold[i], 1, step);
                                Update(transitions, transitionSums, (predictedPrevious * L) + predicted[i], -1, step);
                            }
                        }
                    }

                    scratch.Memory.Learn(infos, predicted);
                    step++;
                }
            }

            float[] averagedWeights = Average(weights, weightSums, step);
            if (domainWeights.Length > 0)
            {
                AddInto(averagedWeights, Average(domainWeights[0], domainSums[0], step));
            }

            var averaged = new LinearModel(averagedWeights, Average(transitions, transitionSums, step), Average(starts, startSums, step));
            string devFigure = "";
            if (dev is { Count: > 0 })
            {
                double f1 = Evaluate(averaged.ToTagger(info, features), dev).MicroF1;
                devFigure = $", dev F1 {f1 * 100:F2}";
                if (f1 > bestF1)
                {
                    bestF1 = f1;
                    best = averaged;
                }
            }
            else
            {
                best = averaged;
            }

            progress($"epoch {epoch}/{options.Epochs}: {wrong} token errors ({100.0 * wrong / Math.Max(1, tokens):F2}%){devFigure}, {clock.Elapsed.TotalSeconds:F1} s");
        }

        if (dev is { Count: > 0 })
        {
            progress($"kept the epoch with the best dev F1: {bestF1 * 100:F2}");
        }

        return best ?? live;
    }

    /// <summary>Tags documents with their given tokens and scores exact spans against the gold tags.</summary>
    public static NerScore Evaluate(EntityTagger tagger, IReadOnlyList<NerDocument> documents)
    {
        var score = new NerScore();
        foreach (NerDocument document in documents)
        {
            var predicted = new int[document.Tokens.Length];
            tagger.TagTokens(document.Text, document.Tokens, document.SentenceStarts, predicted);
            for (int s = 0; s < document.SentenceCount; s++)
            {
                (int start, int end) = document.SentenceRange(s);
                score.Add(document.Gold.AsSpan(start, end - start), predicted.AsSpan(start, end - start));
            }
        }

        return score;
    }

    /// <summary>
    /// The feature buckets of every token of a sentence, one after the other (token <c>i</c>'s are
    /// <c>starts[i]..starts[i + 1]</c>), each left out with probability <paramref name="dropout"/>.
    /// </summary>
    private static int[] SentenceFeatures(
        FeatureExtractor features, ReadOnlySpan<TokenInfo> infos, DocumentMemory memory, double dropout, Random dropping, Span<int> buckets, ref int[] buffer, int[] starts)
    {
        int used = 0;
        for (int i = 0; i < infos.Length; i++)
        {
            starts[i] = used;
            int count = features.Extract(infos, i, memory.FeatureOf(infos[i]), buckets);
            if (used + count > buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, used + count));
            }

            for (int f = 0; f < count; f++)
            {
                if (dropout <= 0 || dropping.NextDouble() >= dropout)
                {
                    buffer[used++] = buckets[f];
                }
            }
        }

        starts[infos.Length] = used;
        return buffer;
    }

    /// <summary>Emission scores from the kept features: shared weights, plus the document's domain weights if any.</summary>
    private static void ScoreFeatures(int[] kept, int[] starts, int n, float[] weights, float[]? own, Span<float> emissions)
    {
        for (int i = 0; i < n; i++)
        {
            Span<float> target = emissions.Slice(i * L, L);
            target.Clear();
            AddRows(weights, kept.AsSpan(starts[i], starts[i + 1] - starts[i]), target);
            if (own is not null)
            {
                AddRows(own, kept.AsSpan(starts[i], starts[i + 1] - starts[i]), target);
            }
        }
    }

    /// <summary>Adds the weight rows of the given feature buckets to <paramref name="target"/>.</summary>
    private static void AddRows(float[] table, ReadOnlySpan<int> buckets, Span<float> target)
    {
        foreach (int bucket in buckets)
        {
            ReadOnlySpan<float> row = table.AsSpan(bucket * L, L);
            for (int t = 0; t < L; t++)
            {
                target[t] += row[t];
            }
        }
    }

    private static void Update(float[] weights, double[] sums, int index, int delta, long step)
    {
        weights[index] += delta;
        sums[index] += (double)step * delta;
    }

    private static float[] Average(float[] weights, double[] sums, long step)
    {
        var averaged = new float[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)(weights[i] - (sums[i] / step));
        }

        return averaged;
    }

    /// <summary>Full-width weights (all tags per bucket), transitions and starts, as training and averaging need them.</summary>
    private sealed record LinearModel(float[] Weights, float[] Transitions, float[] Starts)
    {
        public EntityTagger ToTagger(ModelInfo info, FeatureExtractor features) =>
            new(info, features, WeightTable.FromTagWeights(Weights), Transitions, Starts);
    }
}
