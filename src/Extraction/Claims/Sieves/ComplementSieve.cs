namespace Extraction.Claims.Sieves;

/// <summary>
/// A reporting verb with a complement clause: « X a affirmé que P », « affirmant que P », "X said that P",
/// "X told reporters P", « explicó que P y que Q ». The content is the clause without the conjunction, up to the
/// sentence end or the next attribution; indirect, mixed when it holds quoted words, direct when it is one whole
/// quotation.
/// </summary>
internal sealed class ComplementSieve : IClaimSieve
{
    public string Name => "complement";

    public void Run(ClaimDocument doc)
    {
        for (int c = 0; c < doc.Cues.Count; c++)
        {
            Cue cue = doc.Cues[c];
            if (doc.CueUsed[c] || cue.Entry.IsNonClaim || doc.InsideQuote(cue.Head))
            {
                continue;
            }

            int sentence = doc.SentenceOf(cue.Head);
            (_, int end) = doc.Sentences[sentence];
            int start = ComplementStart(doc, cue, end);
            if (start < 0)
            {
                continue;
            }

            int clauseEnd = Attribution.ClauseEnd(doc, start, sentence);
            if (clauseEnd - start < 2)
            {
                continue;
            }

            TextSpan content = doc.ContentSpan(start, clauseEnd);
            if (content.IsEmpty || doc.OverlapsDraft(content, doc.SpanOf(cue.First, cue.End)))
            {
                continue;
            }

            ClaimKind kind = doc.KindOf(start, clauseEnd, ref content);
            Mention speaker = Attribution.SubjectOf(doc, cue, sentence, out int shares);
            DraftClaim draft = doc.Add(kind, content, doc.SpanOf(cue.First, cue.End), speaker, Name, sentence, cue.First);
            draft.SharesSpeakerOf = shares;
            doc.CueUsed[c] = true;
        }
    }

    /// <summary>The first word of the complement clause, or -1 when the cue has none.</summary>
    private static int ComplementStart(ClaimDocument doc, Cue cue, int end)
    {
        int reach = cue.IsParticiple ? 2 : 5;
        int limit = Math.Min(end, cue.End + reach);
        for (int k = cue.End; k < limit; k++)
        {
            if (doc.Lexicon.Complementizers.TryMatch(doc.Text, doc.Words, k, end, out _, out int length))
            {
                return k + length;
            }

            ClaimWord word = doc[k];
            if ((word.Is(WordShape.Punct) && !doc.IsChar(k, ',')) || (k > cue.End && doc.IsVerbAt(k)))
            {
                break;
            }
        }

        return doc.Lexicon.Language == Language.English ? BareClauseStart(doc, cue, end) : -1;
    }

    /// <summary>English drops "that": « X said the plan … », « X told reporters the suspect … ».</summary>
    private static int BareClauseStart(ClaimDocument doc, Cue cue, int end)
    {
        string lemma = cue.Entry.Lemma;
        int k = cue.End;
        if (lemma == "tell")
        {
            // One short object: a pronoun, a bare noun, a name or a determiner + noun.
            if (k < end && doc.Is(k, WordClass.Determiner))
            {
                k++;
            }

            if (k >= end || !doc[k].Is(WordShape.Letter) || doc.Is(k, WordClass.Preposition))
            {
                return -1;
            }

            k++;
        }
        else if (lemma is not ("say" or "claim" or "insist" or "believe" or "think" or "argue"))
        {
            return -1;
        }

        if (k >= end - 2 || !(doc.Is(k, WordClass.Determiner | WordClass.PronounPerson | WordClass.PronounGroup) || doc.IsNameWord(k)))
        {
            return -1;
        }

        // Not a postposed cue ("…, police said the …" is rare; "…, he said." ends the sentence anyway).
        return k;
    }
}
