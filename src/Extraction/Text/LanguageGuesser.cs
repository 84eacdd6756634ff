namespace Extraction.Text;

/// <summary>
/// Picks the most likely language among the allowed ones by counting very frequent function words.
/// Cheap and allocation-free; good enough for news paragraphs.
/// </summary>
internal static class LanguageGuesser
{
    public static Language Guess(ReadOnlySpan<char> text, IReadOnlyList<Language> allowed)
    {
        if (allowed.Count == 1)
        {
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
        foreach (Language language in allowed)
        {
            int score = scores[(int)language];
            if (score > bestScore)
            {
                best = language;
                bestScore = score;
            }
        }

        return best;
    }

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
            case "le" or "les" or "des" or "du" or "et" or "est" or "une" or "dans" or "qui" or "pour" or "sur" or "au" or "aux" or "pas" or "il" or "elle" or "ont" or "avec":
                scores[(int)Language.French]++;
                break;
            case "the" or "of" or "and" or "to" or "is" or "in" or "that" or "was" or "for" or "on" or "with" or "he" or "she" or "said" or "are" or "by" or "it":
                scores[(int)Language.English]++;
                break;
            case "el" or "los" or "las" or "del" or "y" or "es" or "una" or "por" or "con" or "para" or "que" or "su" or "al" or "se" or "lo" or "ha" or "como":
                scores[(int)Language.Spanish]++;
                break;
            case "la" or "de" or "en" or "un":
                scores[(int)Language.French]++;
                scores[(int)Language.Spanish]++;
                break;
        }
    }
}
