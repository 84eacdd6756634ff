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
    /// Runs <paramref name="epochs"/> passes of <paramref name="bags"/> perceptrons, each over its own shuffle order
    /// (seeds <paramref name="seed"/>, <paramref name="seed"/> + 1, ...), and takes the mean of their averaged weights:
    /// one shuffle order alone moves held-out F1 by up to a point, the mean of several much less. After each pass,
    /// <paramref name="score"/> rates the model (for instance F1 on development text) at each of
    /// <paramref name="thresholds"/>, and the best one is returned.
    /// </summary>
    public BoundaryModel Train(ModelInfo info, int epochs, int seed, IReadOnlyList<float> thresholds, Func<int, BoundaryModel, double> score, int bags = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bags, 1);
        int size = 1 << HashBits;
        var perceptrons = new Perceptron[bags];
        for (int b = 0; b < bags; b++)
        {
            perceptrons[b] = new Perceptron(size, _labels.Count, seed + b);
        }

        BoundaryModel? best = null;
        double bestScore = double.NegativeInfinity;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            var averaged = new float[size];
            foreach (Perceptron perceptron in perceptrons)
            {
                perceptron.Pass(_features, _labels);
                perceptron.AddAveraged(averaged, 1.0 / bags);
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

    /// <summary>One averaged perceptron with its own shuffle order; averaging is lazy (a stamp per weight).</summary>
    private sealed class Perceptron(int size, int examples, int seed)
    {
        private readonly float[] _weights = new float[size];
        private readonly double[] _totals = new double[size];
        private readonly int[] _stamps = new int[size];
        private readonly int[] _order = [.. Enumerable.Range(0, examples)];
        private readonly Random _random = new(seed);
        private int _step = 1;

        public void Pass(List<int[]> features, List<bool> labels)
        {
            _random.Shuffle(_order);
            foreach (int index in _order)
            {
                int[] example = features[index];
                float sum = 0;
                foreach (int f in example)
                {
                    sum += _weights[f];
                }

                bool gold = labels[index];
                if ((sum > 0) != gold)
                {
                    float delta = gold ? 1 : -1;
                    foreach (int f in example)
                    {
                        _totals[f] += (double)_weights[f] * (_step - _stamps[f]);
                        _stamps[f] = _step;
                        _weights[f] += delta;
                    }
                }

                _step++;
            }
        }

        /// <summary>Adds <paramref name="scale"/> times the averaged weights so far to <paramref name="into"/>.</summary>
        public void AddAveraged(float[] into, double scale)
        {
            for (int f = 0; f < into.Length; f++)
            {
                into[f] += (float)(scale * (_totals[f] + ((double)_weights[f] * (_step - _stamps[f]))) / _step);
            }
        }
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
