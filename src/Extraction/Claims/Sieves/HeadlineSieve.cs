namespace Extraction.Claims.Sieves;

/// <summary>
/// The headline conventions « Source to Medium: P » and « Source: "P" » (a one-sentence paragraph that opens with
/// a name and a colon): according-to claims whose cue is the colon. Without a medium the content must open with a
/// quotation, so « Kursk : la Russie … » (a place as a topic) is not a claim.
/// </summary>
internal sealed class HeadlineSieve : IClaimSieve
{
    private static readonly string[] MediumPrepositions = ["to", "a", "\u00E0", "au", "al", "aux"];

    public string Name => "headline";

    public void Run(ClaimDocument doc)
    {
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            (int first, int end) = doc.Sentences[s];
            bool paragraph = (first == 0 || doc[first].Is(WordShape.ParagraphStart)) && (end >= doc.WordCount || doc[end].Is(WordShape.ParagraphStart));
            if (!paragraph || !doc.IsNameWord(first))
            {
                continue;
            }

            int nameEnd = doc.NameRunRight(first, end);
            int j = nameEnd;
            bool medium = false;
            if (j + 1 < end && IsMediumPreposition(doc.TextOf(j)) && doc.IsNameWord(j + 1))
            {
                j = doc.NameRunRight(j + 1, end);
                medium = true;
            }

            int contentEnd = doc.ContentEnd(s);
            if (!doc.IsChar(j, ':') || contentEnd - (j + 1) < 2)
            {
                continue;
            }

            int q = doc.QuoteOf(j + 1);
            bool quoted = q >= 0 && doc.Quotes[q].Open == j + 1 && !doc.Quotes[q].IsDialogue;
            if (!medium && !quoted)
            {
                continue;
            }

            (int nf, int ne) = doc.NameAfterTitles(first, nameEnd);
            if (ne <= nf)
            {
                continue;
            }

            TextSpan content = doc.ContentSpan(j + 1, contentEnd);
            if (content.IsEmpty || doc.OverlapsDraft(content))
            {
                continue;
            }

            _ = doc.KindOf(j + 1, contentEnd, ref content);
            if (quoted && doc.Quotes[q].Close < contentEnd && content.Start > doc.SpanOf(j + 1, j + 2).Start)
            {
                doc.QuoteUsed[q] = true;
            }

            var speaker = new Mention(MentionKind.Name, doc.SpanOf(nf, ne), first, nameEnd);
            doc.Add(ClaimKind.AccordingTo, content, doc.SpanOf(j, j + 1), speaker, Name, s, j);
        }
    }

    private static bool IsMediumPreposition(ReadOnlySpan<char> word)
    {
        foreach (string preposition in MediumPrepositions)
        {
            if (word.Equals(preposition, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
