namespace Extraction.Entities;

/// <summary>
/// Adapts corpora whose annotation conventions differ from the project's (GUIDELINES section 1) before training.
/// </summary>
internal static class CorpusConventions
{
    /// <summary>
    /// For a corpus that does not annotate MISC: tokens the gazetteer knows as nationality words and that the corpus
    /// leaves outside any entity are masked, so training neither rewards nor punishes tagging them (the project tags
    /// demonyms MISC; the corpus is silent). Returns the number of masked tokens.
    /// </summary>
    public static int MaskUnannotatedDemonyms(NerDocument document, Gazetteer gazetteer)
    {
        var marks = new ulong[document.Tokens.Length];
        gazetteer.Match(document.Text, document.Tokens, marks);
        ulong nationality = 0xFUL << (4 * (int)GazetteerKind.Nationality);
        int masked = 0;
        for (int i = 0; i < marks.Length; i++)
        {
            if ((marks[i] & nationality) != 0 && document.Gold[i] == EntityTags.Outside)
            {
                document.Masked ??= new bool[document.Tokens.Length];
                document.Masked[i] = true;
                masked++;
            }
        }

        return masked;
    }

    /// <summary>
    /// For a corpus that keeps titles inside PER (<c>M. Duval</c>): leading title tokens of a PER span (and a
    /// period right after one) are moved outside it, the project's convention. Returns the number of spans changed.
    /// </summary>
    public static int StripTitlesFromPersons(NerDocument document, IReadOnlySet<string> titles)
    {
        int[] gold = document.Gold;
        int changed = 0;
        int per = (int)EntityLabel.Person;
        for (int i = 0; i < gold.Length; i++)
        {
            if (gold[i] != EntityTags.Of(EntityLabel.Person, EntityTags.Begin))
            {
                continue;
            }

            int end = i;
            while (end + 1 < gold.Length && gold[end + 1] == EntityTags.Of(EntityLabel.Person, EntityTags.Inside))
            {
                end++;
            }

            end++; // the Last token
            int first = i;
            while (first < end && IsTitle(document, first, titles))
            {
                first++;
                if (first < end && document.WordOf(first).SequenceEqual("."))
                {
                    first++;
                }
            }

            if (first > i)
            {
                changed++;
                for (int k = i; k < first; k++)
                {
                    gold[k] = EntityTags.Outside;
                }

                for (int k = first; k <= end; k++)
                {
                    int part = first == end ? EntityTags.Unit : k == first ? EntityTags.Begin : k == end ? EntityTags.Last : EntityTags.Inside;
                    gold[k] = 1 + (4 * per) + part;
                }
            }

            i = end;
        }

        return changed;
    }

    private static bool IsTitle(NerDocument document, int token, IReadOnlySet<string> titles)
    {
        string word = document.WordOf(token).ToString();
        return titles.Contains(word) || titles.Contains(word.ToLowerInvariant());
    }
}
