namespace Extraction.Claims.Sieves;

/// <summary>Helpers the sieves share: who is the subject of a cue, where a reported clause ends.</summary>
internal static class Attribution
{
    /// <summary>The source of a cue that precedes its content: inverted subject, subject, relative antecedent or shared subject.</summary>
    public static Mention SubjectOf(ClaimDocument doc, Cue cue, int sentence, out int sharesDraft)
    {
        sharesDraft = -1;
        (int first, int end) = doc.Sentences[sentence];
        if (cue.Clitic >= 0)
        {
            Mention after = doc.MentionRight(cue.End, end);
            return after.Kind == MentionKind.Name ? after : doc.CliticMention(cue.Clitic);
        }

        int floor = doc.ContentStart(sentence);
        Mention left = doc.MentionLeft(cue.First, Math.Min(floor, cue.First));
        if (left.Kind == MentionKind.Relative)
        {
            sharesDraft = LastDraftIn(doc, sentence, cue.First);
            if (sharesDraft >= 0)
            {
                return Mention.Nothing;
            }

            int k = left.First - 1;
            if (k >= first && doc.IsChar(k, ','))
            {
                k--;
            }

            return doc.MentionLeft(k + 1, floor);
        }

        bool coordinated = cue.First - 1 >= first && (doc.IsChar(cue.First - 1, ',') || IsCoordination(doc, cue.First - 1));
        if (!left.Exists && (cue.IsParticiple || coordinated))
        {
            sharesDraft = LastDraftIn(doc, sentence, cue.First);
            if (sharesDraft >= 0)
            {
                return Mention.Nothing;
            }

            return doc.MentionRight(floor, cue.First, skipTime: false);
        }

        return left;
    }

    /// <summary>
    /// The inverted subject after a cue, past a channel with its preposition (« explicó a EFE la portavoz del comité »,
    /// « a déclaré à Ouest-France le maire »).
    /// </summary>
    public static Mention MentionAfterCue(ClaimDocument doc, Cue cue, int end)
    {
        Mention after = doc.MentionRight(cue.End, end);
        if (after.Exists || cue.End + 2 >= end || !doc.Is(cue.End, WordClass.Preposition) || doc.Is(cue.End, WordClass.Complementizer))
        {
            return after;
        }

        Mention channel = doc.MentionRight(cue.End + 1, end, skipTime: false);
        if (!channel.Exists || channel.Kind == MentionKind.Pronoun || channel.End - cue.End > 5)
        {
            return after;
        }

        Mention subject = doc.MentionRight(channel.End, end);
        return subject.Kind is MentionKind.Name or MentionKind.Description ? subject : after;
    }

    /// <summary>
    /// Drafts the claim of cue <paramref name="c"/> whose reported clause or object spans words [start, clauseEnd):
    /// indirect, mixed or direct by its quote marks, the cue's subject as speaker. False when the span is empty or
    /// another draft already covers it.
    /// </summary>
    public static bool AddClauseClaim(ClaimDocument doc, int c, int start, int clauseEnd, int sentence, string rule)
    {
        Cue cue = doc.Cues[c];
        TextSpan cueSpan = doc.SpanOf(cue.First, cue.End);
        TextSpan content = doc.ContentSpan(start, clauseEnd);
        if (content.IsEmpty || doc.OverlapsDraft(content, cueSpan))
        {
            return false;
        }

        ClaimKind kind = doc.KindOf(start, clauseEnd, ref content);
        Mention speaker = SubjectOf(doc, cue, sentence, out int shares);
        DraftClaim draft = doc.Add(kind, content, cueSpan, speaker, rule, sentence, cue.First);
        draft.SharesSpeakerOf = shares;
        doc.CueUsed[c] = true;
        return true;
    }

    private static readonly string[] Coordinators = ["et", "and", "y", "e", "mais", "but", "pero", "aunque", "although", "though", "puis", "then", "ou", "or", "o", "sino", "tout"];

    public static bool IsCoordination(ClaimDocument doc, int word)
    {
        ReadOnlySpan<char> text = doc.TextOf(word);
        foreach (string coordinator in Coordinators)
        {
            if (text.Equals(coordinator, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The latest draft of the sentence anchored before <paramref name="before"/>, or -1.</summary>
    public static int LastDraftIn(ClaimDocument doc, int sentence, int before)
    {
        int best = -1;
        foreach (int d in doc.DraftsIn(sentence))
        {
            DraftClaim draft = doc.Drafts[d];
            if (draft.Sentence == sentence && draft.Anchor < before && (best < 0 || draft.Anchor >= doc.Drafts[best].Anchor))
            {
                best = d;
            }
        }

        return best;
    }

    /// <summary>
    /// Where a reported clause that starts at <paramref name="start"/> ends: the sentence end, a semicolon, or a comma
    /// that opens another attribution (« , a-t-il ajouté », « , quien añadió », « , police said », « , por lo que »).
    /// </summary>
    public static int ClauseEnd(ClaimDocument doc, int start, int sentence)
    {
        int end = doc.ContentEnd(sentence);
        for (int k = start; k < end; k++)
        {
            if (doc.InsideQuote(k))
            {
                continue;
            }

            if (doc.IsChar(k, ';'))
            {
                return k;
            }

            if (IsCoordination(doc, k) && k > start + 1)
            {
                // « … y pidió más frenos »: a second verb of the subject ends the first one's clause.
                int next = doc.CueStartingIn(k + 1, Math.Min(end, k + 2));
                if (next >= 0 && !doc.Is(k + 1, WordClass.Complementizer) && doc.Cues[next].IsFinite && !doc.Cues[next].IsParticiple)
                {
                    return k;
                }
            }

            if (!doc.IsChar(k, ','))
            {
                continue;
            }

            int j = k + 1;
            if (doc.Lexicon.ClauseCuts.TryMatch(doc.Text, doc.Words, j, end, out _, out _))
            {
                return k;
            }

            if (doc.SourceMarkerStartsAt(j))
            {
                return k;
            }

            if (doc.Is(j, WordClass.Relative) && !doc.Is(j, WordClass.Complementizer))
            {
                j++;
            }

            int c = doc.CueStartingIn(j, Math.Min(end, j + 7));
            if (c < 0)
            {
                continue;
            }

            Cue cue = doc.Cues[c];
            if (cue.First == j || doc.MentionRight(j, cue.First, skipTime: false).End == cue.First)
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// A name the text split off into the next sentence by noise (« …, a-t-il réagi. Andreï Ermak, chef de … »): the
    /// next sentence starts with a name followed by a comma or its end and has no auxiliary or reporting verb.
    /// </summary>
    public static Mention NameInNextSentence(ClaimDocument doc, int sentence)
    {
        if (sentence + 1 >= doc.Sentences.Count)
        {
            return Mention.Nothing;
        }

        (int first, int end) = doc.Sentences[sentence + 1];
        if (doc[first].Is(WordShape.ParagraphStart) || end - first > 16 || !doc.IsNameWord(first))
        {
            return Mention.Nothing;
        }

        int nameEnd = doc.NameRunRight(first, end);
        if (nameEnd < end && !doc.IsChar(nameEnd, ',') && !doc[nameEnd].Is(WordShape.Terminal))
        {
            return Mention.Nothing;
        }

        for (int k = nameEnd; k < end; k++)
        {
            if (doc.Is(k, WordClass.Aux) || doc.IsVerbAt(k) || doc[k].Is(WordShape.Quote))
            {
                return Mention.Nothing;
            }
        }

        (int nf, int ne) = doc.NameAfterTitles(first, nameEnd);
        return ne > nf ? new Mention(MentionKind.Name, doc.SpanOf(nf, ne), first, nameEnd) : Mention.Nothing;
    }

    /// <summary>True when nothing but punctuation follows word <paramref name="after"/> up to the sentence end.</summary>
    public static bool OnlyPunctuationAfter(ClaimDocument doc, int after, int sentence)
    {
        (_, int end) = doc.Sentences[sentence];
        for (int k = after; k < end; k++)
        {
            if (!doc[k].Is(WordShape.Punct) || doc[k].Is(WordShape.Quote))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Replaces a pronoun, a description or nothing by the name the next sentence splits off, if any.</summary>
    public static Mention PreferSplitName(ClaimDocument doc, Mention speaker, int lastWord, int sentence)
    {
        if (speaker.Kind == MentionKind.Name || !OnlyPunctuationAfter(doc, lastWord, sentence))
        {
            return speaker;
        }

        Mention name = NameInNextSentence(doc, sentence);
        if (!name.Exists)
        {
            return speaker;
        }

        return speaker.Kind == MentionKind.Description ? speaker with { LinkedName = name.Span } : name;
    }
}
