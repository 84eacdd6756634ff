namespace Extraction.Claims.Sieves;

/// <summary>
/// A quotation with its cue right after it (« « … », a-t-il réagi », "…," Barden said, “…”, subrayó Albares) or
/// right before it with a colon or a conjunction that the quotation fills to the sentence end
/// (« a déclaré : « … » », aseguró que “…”). Direct claims.
/// </summary>
internal sealed class QuoteCueSieve : IClaimSieve
{
    public string Name => "quote-cue";

    public void Run(ClaimDocument doc)
    {
        for (int q = 0; q < doc.Quotes.Count; q++)
        {
            QuoteSpan quote = doc.Quotes[q];
            if (doc.QuoteUsed[q] || quote.IsEmpty || doc.InteriorOf(quote).IsEmpty)
            {
                continue;
            }

            if (TryAfter(doc, q) || TryBefore(doc, q) || TryDialogueIncise(doc, q))
            {
                doc.QuoteUsed[q] = true;
            }
        }
    }

    private bool TryAfter(ClaimDocument doc, int q)
    {
        QuoteSpan quote = doc.Quotes[q];
        int sentence = doc.SentenceOf(quote.Open);
        (_, int end) = doc.Sentences[sentence];
        int j = quote.Close + 1;
        if (!OpensClause(doc, quote.Open, sentence))
        {
            // « P et « Q », ajoute l'agence »: words before the quotation belong to the reported sentence (mixed).
            return false;
        }

        if (quote.IsDialogue && (quote.Close >= doc.WordCount || !doc[quote.Close].Is(WordShape.Dash)))
        {
            return false;
        }

        if (j < end && (doc.IsChar(j, ',') || doc[j].Is(WordShape.Dash)))
        {
            j++;
        }

        int c = doc.CueStartingIn(j, Math.Min(end, j + 7));
        if (c < 0)
        {
            return false;
        }

        Cue cue = doc.Cues[c];
        if (!cue.IsFinite || cue.Entry.IsNonClaim)
        {
            return false;
        }

        // English puts the comma inside the closing mark ("…," Lee told reporters).
        bool comma = j > quote.Close + 1 || doc.IsChar(quote.Close - 1, ',');
        Mention speaker = Mention.Nothing;
        if (cue.First > j)
        {
            speaker = doc.MentionRight(j, cue.First, skipTime: false);
            if (speaker.End != cue.First)
            {
                speaker = doc.MentionLeft(cue.First, j);
                if (!speaker.Exists || (speaker.First != j && !(speaker.Kind == MentionKind.Name && OnlyModifiers(doc, j, speaker.First))))
                {
                    return false;
                }
            }
        }
        else
        {
            Mention after = Attribution.MentionAfterCue(doc, cue, end);
            speaker = after.Exists && (after.Kind == MentionKind.Name || cue.Clitic < 0) ? after
                : cue.Clitic >= 0 ? doc.CliticMention(cue.Clitic)
                : Mention.Nothing;
            int last = speaker.Exists && speaker.End > cue.End ? speaker.End : cue.End;
            speaker = Attribution.PreferSplitName(doc, speaker, last, sentence);
        }

        if (!comma && !EndsAttribution(doc, Math.Max(cue.End, speaker.End), end))
        {
            return false;
        }

        doc.Add(ClaimKind.Direct, doc.InteriorOf(quote), doc.SpanOf(cue.First, cue.End), speaker, Name, sentence, cue.First);
        doc.CueUsed[c] = true;
        return true;
    }

    /// <summary>
    /// A dialogue turn whose incise has no dash (« — Oui, dit la petite, il joue avec moi. », « — Viens ! disait-il. »):
    /// the first comma, « ? » or « ! » followed by a reporting verb with an inverted subject ends the words spoken;
    /// what follows the incise in the turn is a second claim with the same cue.
    /// </summary>
    private bool TryDialogueIncise(ClaimDocument doc, int q)
    {
        QuoteSpan quote = doc.Quotes[q];
        if (!quote.IsDialogue || (quote.Close < doc.WordCount && doc[quote.Close].Is(WordShape.Dash)))
        {
            return false;
        }

        int limit = Math.Min(quote.Close, doc.WordCount);
        for (int k = quote.First + 1; k + 1 < limit; k++)
        {
            bool comma = doc.IsChar(k, ',');
            if (!(comma || doc.IsChar(k, '?') || doc.IsChar(k, '!')) || !doc.IsVerbAt(k + 1)
                || !doc.Verbs.Forms.TryMatch(doc.Text, doc.Words, k + 1, limit, out VerbEntry entry, out int length)
                || entry.Form is not (VerbForm.Finite or VerbForm.PastParticiple) || entry.IsNonClaim)
            {
                continue;
            }

            int verbEnd = k + 1 + length;
            Mention speaker;
            if (verbEnd < limit && doc[verbEnd].Is(WordShape.Clitic))
            {
                Mention after = doc.MentionRight(verbEnd + 1, limit);
                speaker = after.Kind == MentionKind.Name ? after : doc.CliticMention(verbEnd);
                verbEnd++;
            }
            else
            {
                speaker = doc.MentionRight(verbEnd, limit);
                if (!speaker.Exists || speaker.Kind is MentionKind.Relative)
                {
                    continue;
                }
            }

            TextSpan content = doc.TurnSpan(quote.First, comma ? k : k + 1);
            if (content.IsEmpty)
            {
                return false;
            }

            int sentence = doc.SentenceOf(k + 1);
            TextSpan cue = doc.SpanOf(k + 1, verbEnd);
            doc.Add(ClaimKind.Direct, content, cue, speaker, Name, sentence, k + 1);
            int first = Drafts(doc) - 1;

            // The rest of the turn after the incise: « …, dit la petite, il joue avec moi. »
            int rest = Math.Max(verbEnd, speaker.Exists ? speaker.End : verbEnd);
            bool separated = rest < limit && (doc.IsChar(rest, ',') || doc[rest].Is(WordShape.Terminal));
            while (rest < limit && doc[rest].Is(WordShape.Punct) && !doc[rest].Is(WordShape.Quote))
            {
                rest++;
            }

            if (separated && limit - rest >= 2)
            {
                TextSpan tail = doc.TurnSpan(rest, limit);
                if (!tail.IsEmpty)
                {
                    DraftClaim second = doc.Add(ClaimKind.Direct, tail, cue, speaker, Name, doc.SentenceOf(rest), k + 1);
                    second.SharesSpeakerOf = first;
                }
            }

            return true;
        }

        return false;
    }

    private static int Drafts(ClaimDocument doc) => doc.Drafts.Count;

    /// <summary>Words that can stand before a name in its noun phrase: capitalised words and lower-case nouns (« Cal Fire battalion chief »).</summary>
    private static bool OnlyModifiers(ClaimDocument doc, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!doc[k].Is(WordShape.Letter) || doc.IsVerbAt(k) || doc.Is(k, WordClass.Aux | WordClass.Preposition | WordClass.Complementizer | WordClass.Relative | WordClass.PronounPerson))
            {
                return false;
            }
        }

        return to - from <= 4;
    }

    /// <summary>The quotation starts its sentence (after a dateline or connective), or follows a colon or dash.</summary>
    private static bool OpensClause(ClaimDocument doc, int open, int sentence)
    {
        (int first, _) = doc.Sentences[sentence];
        if (open <= doc.ContentStart(sentence))
        {
            return true;
        }

        int k = open - 1;
        return k >= first && (doc.IsChar(k, ':') || doc[k].Is(WordShape.Dash));
    }

    /// <summary>Without a comma, a cue after a quotation must close the clause: only a channel, a time or the end may follow.</summary>
    private static bool EndsAttribution(ClaimDocument doc, int after, int end)
    {
        if (after >= end || doc[after].Is(WordShape.Punct))
        {
            return true;
        }

        return doc.Is(after, WordClass.Preposition | WordClass.Time) && !doc.Is(after, WordClass.Complementizer | WordClass.Relative);
    }

    private bool TryBefore(ClaimDocument doc, int q)
    {
        QuoteSpan quote = doc.Quotes[q];
        if (quote.IsDialogue)
        {
            return false;
        }

        int sentence = doc.SentenceOf(quote.Open);
        (int first, _) = doc.Sentences[sentence];
        int k = quote.Open - 1;
        bool separated = false;
        bool conjunction = false;
        if (k >= first && (doc.IsChar(k, ':') || doc.IsChar(k, ',')))
        {
            separated = true;
            k--;
        }
        else if (k >= first && doc.Is(k, WordClass.Complementizer))
        {
            conjunction = true;
            k--;
            if (k >= first && doc.Is(k, WordClass.Particle) && !doc.Is(k, WordClass.Determiner))
            {
                k--;
            }
        }

        if (!separated && !conjunction)
        {
            return false;
        }

        // Nothing but punctuation may follow the quotation when a conjunction introduces it.
        if (conjunction && !Attribution.OnlyPunctuationAfter(doc, quote.Close + 1, sentence))
        {
            return false;
        }

        for (int c = doc.LastCueStartingAtOrBefore(k); c >= 0; c--)
        {
            Cue cue = doc.Cues[c];
            if (cue.End > k + 1)
            {
                continue;
            }

            if (cue.End < k + 1 - 5 || cue.First < first)
            {
                return false;
            }

            if (cue.Entry.IsNonClaim || doc.InsideQuote(cue.First))
            {
                return false;
            }

            Mention speaker = Mention.Nothing;
            int sharesDraft = -1;
            if (cue.End < k + 1)
            {
                speaker = doc.MentionRight(cue.End, k + 1);
                if (!speaker.Exists && !conjunction)
                {
                    return false;
                }
            }

            if (!speaker.Exists)
            {
                speaker = Attribution.SubjectOf(doc, cue, sentence, out sharesDraft);
            }

            // A quotation interrupted by its cue (« « A », a-t-il dit, « B » »): the second part shares the cue.
            DraftClaim draft = doc.Add(ClaimKind.Direct, doc.InteriorOf(quote), doc.SpanOf(cue.First, cue.End), speaker, Name, sentence, cue.First);
            draft.SharesSpeakerOf = sharesDraft;
            doc.CueUsed[c] = true;
            return true;
        }

        return false;
    }
}
