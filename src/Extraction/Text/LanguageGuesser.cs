namespace Extraction.Text;

/// <summary>
/// Picks the most likely language among the allowed ones by counting very frequent function words, and says
/// whether the evidence is clear. Cheap and allocation-free: the fast path of <see cref="LanguageDetector"/>,
/// which asks a statistical detector only when the count is not clear (docs/decisions/0003-language-detection.md).
/// </summary>
internal static class LanguageGuesser
{
    /// <summary>The fewest function words of the best language for a clear answer.</summary>
    public const int MinimumScore = 3;

    public static Language Guess(ReadOnlySpan<char> text, IReadOnlyList<Language> allowed) => Guess(text, allowed, out _);

    /// <summary>The best language; <paramref name="clear"/> when it has at least <see cref="MinimumScore"/> words and more than twice the runner-up's.</summary>
    public static Language Guess(ReadOnlySpan<char> text, IReadOnlyList<Language> allowed, out bool clear)
    {
        if (allowed.Count == 1)
        {
            clear = true;
            return allowed[0];
        }

        Span<int> scores = stackalloc int[3];
        int words = 0;
        int i = 0;
        int limit = Math.Min(text.Length, 20_000);
        while (i < limit && words < 2_000)
        {
            while (i < limit && !char.IsLetter(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < limit && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words++;
                Score(text[start..i], scores);
            }
        }

        Language best = allowed[0];
        int bestScore = -1;
        int runnerUp = 0;
        foreach (Language language in allowed)
        {
            int score = scores[(int)language];
            if (score > bestScore)
            {
                runnerUp = Math.Max(bestScore, 0);
                best = language;
                bestScore = score;
            }
            else if (score > runnerUp)
            {
                runnerUp = score;
            }
        }

        clear = bestScore >= MinimumScore && bestScore > 2 * runnerUp;
        return best;
    }

    // Only words that are frequent in one of the three languages and rare in the others count: shared ones (la,
    // de, en, un, que, se) would add to two languages and blur the margin that decides whether the answer is clear.
    private static void Score(ReadOnlySpan<char> word, Span<int> scores)
    {
        if (word.Length > 5)
        {
            return;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        switch (lower)
        {
            case "le" or "les" or "des" or "du" or "et" or "est" or "une" or "dans" or "qui" or "pour" or "sur" or "au" or "aux" or "pas" or "il" or "elle" or "ont" or "avec"
                or "ne" or "ce" or "cette" or "ces" or "mais" or "sont" or "nous" or "vous" or "je" or "par" or "ou" or "plus" or "leur" or "aussi":
                scores[(int)Language.French]++;
                break;
            case "the" or "of" or "and" or "to" or "is" or "in" or "that" or "was" or "for" or "on" or "with" or "he" or "she" or "said" or "are" or "by" or "it"
                or "this" or "from" or "has" or "have" or "his" or "they" or "be" or "at" or "not" or "but" or "will" or "you" or "we":
                scores[(int)Language.English]++;
                break;
            case "el" or "los" or "las" or "del" or "y" or "es" or "una" or "por" or "con" or "para" or "su" or "al" or "lo" or "ha" or "como"
                or "sus" or "pero" or "este" or "esta" or "fue" or "muy" or "entre" or "hay" or "ser" or "han" or "sobre" or "cuando" or "porque":
                scores[(int)Language.Spanish]++;
                break;
        }
    }
}
