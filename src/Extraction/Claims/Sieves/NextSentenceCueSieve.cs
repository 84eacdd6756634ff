namespace Extraction.Claims.Sieves;

/// <summary>
/// A quotation that ends its sentence with the cue in the next one (« « … moderne. »Il a dit. »), or that follows a
/// sentence ending with a cue and a colon. Direct claims.
/// </summary>
internal sealed class NextSentenceCueSieve : IClaimSieve
{
    public string Name => "next-sentence-cue";

    public void Run(ClaimDocument doc)
    {
        for (int q = 0; q < doc.Quotes.Count; q++)
        {
            QuoteSpan quote = doc.Quotes[q];
            if (doc.QuoteUsed[q] || doc.InteriorOf(quote).IsEmpty)
            {
                continue;
            }

            // A dialogue turn may follow « X a répondu : » (its own incise was tried by quote-cue).
            int sentence = doc.SentenceOf(quote.Open);
            if ((!quote.IsDialogue && TryNext(doc, q, sentence)) || TryPrevious(doc, q, sentence))
            {
                doc.QuoteUsed[q] = true;
            }
        }
    }

    private bool TryNext(ClaimDocument doc, int q, int sentence)
    {
        QuoteSpan quote = doc.Quotes[q];
        int closeSentence = doc.SentenceOf(quote.Close);
        if (!Attribution.OnlyPunctuationAfter(doc, quote.Close + 1, closeSentence) || closeSentence + 1 >= doc.Sentences.Count)
        {
            return false;
        }

        (int first, int end) = doc.Sentences[closeSentence + 1];
        int c = doc.CueStartingIn(first, Math.Min(end, first + 4));
        if (c < 0 || doc.CueUsed[c])
        {
            return false;
        }

        Cue cue = doc.Cues[c];
        if (!cue.IsFinite || cue.Entry.IsNonClaim || end - cue.End > 6 || doc.Is(cue.End, WordClass.Complementizer))
        {
            return false;
        }

        Mention speaker = Mention.Nothing;
        if (cue.First > first)
        {
            speaker = doc.MentionRight(first, cue.First, skipTime: false);
            if (speaker.End != cue.First)
            {
                return false;
            }
        }
        else
        {
            speaker = doc.MentionRight(cue.End, end);
            if (!speaker.Exists && cue.Clitic >= 0)
            {
                speaker = doc.CliticMention(cue.Clitic);
            }
        }

        doc.Add(ClaimKind.Direct, doc.InteriorOf(quote), doc.SpanOf(cue.First, cue.End), speaker, Name, closeSentence + 1, cue.First);
        doc.CueUsed[c] = true;
        return true;
    }

    private bool TryPrevious(ClaimDocument doc, int q, int sentence)
    {
        QuoteSpan quote = doc.Quotes[q];
        (int first, _) = doc.Sentences[sentence];
        int last = Math.Min(quote.Close, doc.WordCount - 1);
        if (quote.Open != first || sentence == 0 || (!quote.IsDialogue && !Attribution.OnlyPunctuationAfter(doc, quote.Close + 1, doc.SentenceOf(last))))
        {
            return false;
        }

        (int prevFirst, int prevEnd) = doc.Sentences[sentence - 1];
        if (!doc.IsChar(prevEnd - 1, ':'))
        {
            return false;
        }

        int c = doc.CueStartingIn(prevFirst, prevEnd);
        int found = -1;
        while (c >= 0 && c < doc.Cues.Count && doc.Cues[c].First < prevEnd)
        {
            found = c;
            c++;
        }

        if (found < 0 || doc.CueUsed[found] || doc.Cues[found].Entry.IsNonClaim || prevEnd - 1 - doc.Cues[found].End > 5)
        {
            return false;
        }

        Cue cue = doc.Cues[found];
        Mention speaker = doc.MentionRight(cue.End, prevEnd - 1);
        if (!speaker.Exists)
        {
            speaker = Attribution.SubjectOf(doc, cue, sentence - 1, out _);
        }

        doc.Add(ClaimKind.Direct, doc.InteriorOf(quote), doc.SpanOf(cue.First, cue.End), speaker, Name, sentence - 1, cue.First);
        doc.CueUsed[found] = true;
        return true;
    }
}
