namespace Extraction.Claims.Sieves;

/// <summary>
/// A reporting verb whose nominal object holds the source's quoted words: « a salué « une coopération exemplaire »
/// entre les deux pays », « a présenté un plan contre les “retards” ». Without quoted words a nominal object is not a
/// claim (« a regretté le manque de soutien »). Mixed claims; the content is the object up to the clause end.
/// </summary>
internal sealed class ObjectQuoteSieve : IClaimSieve
{
    private const int MaxWordsBeforeQuote = 6;

    /// <summary>Verbs that give something a name: their quoted object is a label, not a claim (« called it a "code red" »).</summary>
    private static readonly HashSet<string> NamingLemmas = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "dub", "label", "term", "name", "brand", "appeler", "nommer", "baptiser", "surnommer", "qualifier", "llamar", "denominar", "bautizar", "calificar", "tildar",
    };

    public string Name => "object-quote";

    public void Run(ClaimDocument doc)
    {
        for (int c = 0; c < doc.Cues.Count; c++)
        {
            Cue cue = doc.Cues[c];
            if (doc.CueUsed[c] || cue.Entry.IsNonClaim || !cue.IsFinite || doc.InsideQuote(cue.Head) || NamingLemmas.Contains(cue.Entry.Lemma))
            {
                continue;
            }

            int sentence = doc.SentenceOf(cue.Head);
            (_, int end) = doc.Sentences[sentence];
            int start = cue.End;
            if (start >= end || doc[start].Is(WordShape.Punct) && !doc[start].Is(WordShape.Quote))
            {
                continue;
            }

            if (InsideDraft(doc, cue, sentence))
            {
                // « said she expected the contract to "pay …" »: a verb inside a reported clause is part of it.
                continue;
            }

            int quote = FirstQuoteIn(doc, start, Math.Min(end, start + MaxWordsBeforeQuote));
            if (quote < 0)
            {
                continue;
            }

            int clauseEnd = Attribution.ClauseEnd(doc, start, sentence);
            if (doc.Quotes[quote].Close >= clauseEnd)
            {
                continue;
            }

            if (Attribution.AddClauseClaim(doc, c, start, clauseEnd, sentence, Name))
            {
                doc.QuoteUsed[quote] = true;
            }
        }
    }

    private static bool InsideDraft(ClaimDocument doc, Cue cue, int sentence)
    {
        TextSpan span = doc.SpanOf(cue.First, cue.End);
        foreach (int d in doc.DraftsIn(sentence))
        {
            if (doc.Drafts[d].Content.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first unused quotation opening in [from, limit) with no conjunction, colon or other verb before it.</summary>
    private static int FirstQuoteIn(ClaimDocument doc, int from, int limit)
    {
        for (int k = from; k < limit; k++)
        {
            int q = doc.QuoteOf(k);
            if (q >= 0 && doc.Quotes[q].Open == k && !doc.Quotes[q].IsDialogue)
            {
                return doc.QuoteUsed[q] ? -1 : q;
            }

            if (doc.Is(k, WordClass.Complementizer) || doc.IsChar(k, ':') || doc[k].Is(WordShape.Terminal) || (k > from && doc.IsVerbAt(k)))
            {
                return -1;
            }
        }

        return -1;
    }
}
