namespace Extraction.Cli.Evaluation;

/// <summary>Precision, recall and F1 of predicted spans against gold spans (exact match).</summary>
internal readonly record struct SpanScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SpanScore Of(IEnumerable<TextSpan> gold, IEnumerable<TextSpan> predicted)
    {
        var goldSet = new HashSet<TextSpan>(gold);
        var predictedSet = new HashSet<TextSpan>(predicted);
        int correct = 0;
        foreach (TextSpan span in predictedSet)
        {
            if (goldSet.Contains(span))
            {
                correct++;
            }
        }

        return new SpanScore(goldSet.Count, predictedSet.Count, correct);
    }
}
