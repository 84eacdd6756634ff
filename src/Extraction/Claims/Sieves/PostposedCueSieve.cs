namespace Extraction.Claims.Sieves;

/// <summary>
/// A cue after its content, set off by a comma: « P, avait déclaré Zelensky », « P, a révélé GUR », "P, police said",
/// « P, ont rapporté samedi les médias » (parenthetical report: according-to). The content runs from the sentence
/// start (without a dateline or a leading connective) to the comma.
/// </summary>
internal sealed class PostposedCueSieve : IClaimSieve
{
    public string Name => "postposed-cue";

    public void Run(ClaimDocument doc)
    {
        for (int c = 0; c < doc.Cues.Count; c++)
        {
            Cue cue = doc.Cues[c];
            if (doc.CueUsed[c] || cue.Entry.IsNonClaim || !cue.IsFinite || doc.InsideQuote(cue.Head))
            {
                continue;
            }

            int sentence = doc.SentenceOf(cue.Head);
            (_, int end) = doc.Sentences[sentence];
            int start = doc.ContentStart(sentence);
            if (FollowsComplementizer(doc, cue, end))
            {
                continue;
            }

            int comma;
            Mention speaker;
            bool inverted;
            if (cue.First - 1 > start && doc.IsChar(cue.First - 1, ','))
            {
                comma = cue.First - 1;
                inverted = true;
                Mention after = Attribution.MentionAfterCue(doc, cue, end);
                speaker = after.Exists && (after.Kind == MentionKind.Name || cue.Clitic < 0) ? after
                    : cue.Clitic >= 0 ? doc.CliticMention(cue.Clitic)
                    : Mention.Nothing;
                int last = speaker.Exists && speaker.End > cue.End ? speaker.End : cue.End;
                speaker = Attribution.PreferSplitName(doc, speaker, last, sentence);
            }
            else
            {
                comma = -1;
                for (int k = cue.First - 1; k > start && cue.First - k <= 8; k--)
                {
                    if (doc.IsChar(k, ','))
                    {
                        comma = k;
                        break;
                    }

                    if (!doc[k].Is(WordShape.Letter) && !doc.IsChar(k, '.'))
                    {
                        break;
                    }
                }

                if (comma < 0)
                {
                    continue;
                }

                speaker = doc.MentionLeft(cue.First, comma + 1);
                if (!speaker.Exists || speaker.Kind == MentionKind.Relative || speaker.First != comma + 1)
                {
                    continue;
                }

                inverted = false;
            }

            int contentEnd = comma;
            if (comma - start < 3)
            {
                // A cue inserted after the first words (« The city, he said, had no choice … »): the whole sentence.
                int after = Math.Max(cue.End, speaker.Exists ? speaker.End : cue.End);
                int sentenceEnd = doc.ContentEnd(sentence);
                if (comma <= start || after >= sentenceEnd || !doc.IsChar(after, ',') || sentenceEnd - after < 4 || doc.CueStartingIn(after, sentenceEnd) >= 0)
                {
                    continue;
                }

                contentEnd = sentenceEnd;
            }
            else if (EndsWithSubjectPhrase(doc, start, comma))
            {
                continue;
            }

            TextSpan content = doc.ContentSpan(start, contentEnd);
            if (content.IsEmpty || doc.OverlapsDraft(content, doc.SpanOf(cue.First, cue.End)))
            {
                continue;
            }

            ClaimKind kind = doc.KindOf(start, contentEnd, ref content);
            if (cue.Entry.IsReport && inverted && speaker.Exists)
            {
                kind = ClaimKind.AccordingTo;
            }

            doc.Add(kind, content, doc.SpanOf(cue.First, cue.End), speaker, Name, sentence, cue.First);
            doc.CueUsed[c] = true;
        }
    }

    /// <summary>
    /// The words before the comma are the verb's subject, not a reported sentence: a name in apposition
    /// (« La portavoz de la oposición, Marta Quiroga, criticó … »), a source marker phrase
    /// (« Le texte de l'accord, selon l'AFP, prévoit … ») or a connective after the subject.
    /// </summary>
    private static bool EndsWithSubjectPhrase(ClaimDocument doc, int start, int comma)
    {
        int segment = comma;
        while (segment > start && !doc.IsChar(segment - 1, ','))
        {
            segment--;
        }

        if (segment == start || segment == comma)
        {
            return false;
        }

        if (doc.SourceMarkerStartsAt(segment))
        {
            return true;
        }

        // « Los usuarios, mientras tanto, se quejaban … »: a connective between the subject and its verb.
        if (doc.Lexicon.Connectives.TryMatch(doc.Text, doc.Words, segment, comma, out _, out int length) && segment + length == comma)
        {
            return true;
        }

        int nameStart = doc.NameRunLeft(comma, segment);
        return nameStart == segment && doc.IsNameWord(segment);
    }

    private static bool FollowsComplementizer(ClaimDocument doc, Cue cue, int end)
    {
        for (int k = cue.End; k < Math.Min(end, cue.End + 4); k++)
        {
            if (doc.Is(k, WordClass.Complementizer))
            {
                return true;
            }

            if (doc[k].Is(WordShape.Punct))
            {
                return false;
            }
        }

        return false;
    }
}
