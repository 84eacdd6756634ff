namespace Extraction.Entities;

/// <summary>Exact-span precision / recall / F1 counts, per entity type and overall (micro).</summary>
internal sealed class NerScore
{
    private readonly int[] _gold = new int[4];
    private readonly int[] _predicted = new int[4];
    private readonly int[] _correct = new int[4];

    public (int Gold, int Predicted, int Correct) Of(EntityLabel type) =>
        (_gold[(int)type], _predicted[(int)type], _correct[(int)type]);

    public (int Gold, int Predicted, int Correct) Micro => (_gold.Sum(), _predicted.Sum(), _correct.Sum());

    public double MicroF1 => F1(Micro);

    public static double Precision((int Gold, int Predicted, int Correct) c) => c.Predicted == 0 ? 0 : (double)c.Correct / c.Predicted;

    public static double Recall((int Gold, int Predicted, int Correct) c) => c.Gold == 0 ? 0 : (double)c.Correct / c.Gold;

    public static double F1((int Gold, int Predicted, int Correct) c)
    {
        double p = Precision(c);
        double r = Recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>Adds the spans of one tagged token sequence (BILOU tags) to the counts.</summary>
    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        var goldSpans = new HashSet<(int, int, int)>();
        Collect(gold, goldSpans, _gold);
        var predictedSpans = new HashSet<(int, int, int)>();
        Collect(predicted, predictedSpans, _predicted);
        foreach ((int start, int end, int type) span in predictedSpans)
        {
            if (goldSpans.Contains(span))
            {
                _correct[span.type]++;
            }
        }
    }

    /// <summary>Adds character spans (start, end, type) of one document, as the reference scorer counts them.</summary>
    public void AddSpans(ReadOnlySpan<(int Start, int End, int Type)> gold, ReadOnlySpan<(int Start, int End, int Type)> predicted)
    {
        var goldSet = new HashSet<(int, int, int)>();
        foreach ((int Start, int End, int Type) span in gold)
        {
            if (goldSet.Add(span))
            {
                _gold[span.Type]++;
            }
        }

        var predictedSet = new HashSet<(int, int, int)>();
        foreach ((int Start, int End, int Type) span in predicted)
        {
            if (predictedSet.Add(span))
            {
                _predicted[span.Type]++;
                if (goldSet.Contains(span))
                {
                    _correct[span.Type]++;
                }
            }
        }
    }

    private static void Collect(ReadOnlySpan<int> tags, HashSet<(int, int, int)> spans, int[] counts)
    {
        int start = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int tag = tags[i];
            if (tag == EntityTags.Outside)
            {
                start = -1;
                continue;
            }

            int part = EntityTags.PartOf(tag);
            if (part is EntityTags.Begin or EntityTags.Unit)
            {
                start = i;
            }

            if (part is EntityTags.Last or EntityTags.Unit && start >= 0)
            {
                int type = (int)EntityTags.TypeOf(tag);
                spans.Add((start, i, type));
                counts[type]++;
                start = -1;
            }
        }
    }
}
