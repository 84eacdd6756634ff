using Extraction.Entities;
using Extraction.Models;
using Extraction.Pipeline;

namespace Extraction.Tokenization;

/// <summary>
/// Trains a <see cref="BoundaryModel"/> with the averaged perceptron, reproducibly (fixed seed). The examples are the
/// gaps the rules of <see cref="SentenceSplitter"/> leave open in raw text whose sentence starts are known; the
/// splitter is run with the gold answer at those gaps, so the features see the sentence as it would be.
/// </summary>
internal sealed class BoundaryTrainer
{
    private readonly List<int[]> _features = [];
    private readonly List<bool> _labels = [];

    public BoundaryTrainer(WordClusters clusters, int hashBits, WordClusters? casing = null)
    {
        Clusters = clusters;
        Casing = casing ?? WordClusters.Empty;
        HashBits = hashBits;
    }

    public WordClusters Clusters { get; }

    /// <summary>The casing lexicon copied into the model (<see cref="BoundaryModel.Casing"/>).</summary>
    public WordClusters Casing { get; }

    public int HashBits { get; }

    /// <summary>The number of examples (candidate gaps) read so far.</summary>
    public int Count => _labels.Count;

    /// <summary>The number of examples that are boundaries.</summary>
    public int Boundaries => _labels.Count(b => b);

    /// <summary>Reads the candidate gaps of one text, <paramref name="repeat"/> times (to weight a small set).</summary>
    public void Add(Language language, string text, ReadOnlySpan<Token> tokens, IReadOnlySet<int> sentenceStarts, int repeat = 1)
    {
        var oracle = new Oracle(this, sentenceStarts, repeat);
        using var sentences = new PooledList<TextSpan>(64);
        SentenceSplitter.For(language).Split(text, tokens, sentences, oracle);
    }

    /// <summary>
    /// Runs <paramref name="epochs"/> passes; after each, <paramref name="score"/> rates the averaged model (for
    /// instance F1 on development text) at each of <paramref name="thresholds"/>, and the best one is returned.
    /// </summary>
    public BoundaryModel Train(ModelInfo info, int epochs, int seed, IReadOnlyList<float> thresholds, Func<int, BoundaryModel, double> score)
    {
        int size = 1 << HashBits;
        var weights = new float[size];
        var totals = new double[size];
        var stamps = new int[size];
        int[] order = [.. Enumerable.Range(0, _labels.Count)];
        var random = new Random(seed);
        int step = 1;
        BoundaryModel? best = null;
        double bestScore = double.NegativeInfinity;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                int[] features = _features[index];
                float sum = 0;
                foreach (int f in features)
                {
                    sum += weights[f];
                }

                bool gold = _labels[index];
                if ((sum > 0) != gold)
                {
                    float delta = gold ? 1 : -1;
                    foreach (int f in features)
                    {
                        totals[f] += (double)weights[f] * (step - stamps[f]);
                        stamps[f] = step;
                        weights[f] += delta;
                    }
                }

                step++;
            }

            var averaged = new float[size];
            for (int f = 0; f < size; f++)
            {
                averaged[f] = (float)((totals[f] + ((double)weights[f] * (step - stamps[f]))) / step);
            }

            foreach (float threshold in thresholds)
            {
                var model = new BoundaryModel(info, HashBits, averaged, Clusters, threshold, Casing);
                double value = score(epoch, model);
                if (value > bestScore)
                {
                    bestScore = value;
                    best = model;
                }
            }
        }

        return best ?? throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "At least one epoch.");
    }

    private sealed class Oracle(BoundaryTrainer trainer, IReadOnlySet<int> starts, int repeat) : IBoundaryDecider
    {
        public bool IsBoundary(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int first)
        {
            var features = new int[BoundaryFeatures.Count];
            BoundaryFeatures.Extract(text, tokens, i, first, trainer.Clusters, trainer.Casing, trainer.HashBits, features);
            bool gold = starts.Contains(tokens[i + 1].Start);
            for (int r = 0; r < repeat; r++)
            {
                trainer._features.Add(features);
                trainer._labels.Add(gold);
            }

            return gold;
        }
    }
}
