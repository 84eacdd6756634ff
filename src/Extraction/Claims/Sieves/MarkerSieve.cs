namespace Extraction.Claims.Sieves;

/// <summary>
/// Source markers: « selon X », « d'après X », "according to X", « según X », « selon ce qu'ont rapporté X »,
/// « selon laquelle », and a sentence-initial opinion frame « Pour X, … ». According-to claims whose content is the
/// proposition the marker attaches to, without the marker phrase (or the whole phrase when the marker is inserted).
/// </summary>
internal sealed class MarkerSieve : IClaimSieve
{
    public string Name => "marker";

    public void Run(ClaimDocument doc)
    {
        foreach (Marker marker in doc.Markers)
        {
            if (marker.Role is not (MarkerRole.AccordingTo or MarkerRole.AnonymousSource or MarkerRole.OpinionFrame))
            {
                continue;
            }

            int sentence = doc.SentenceOf(marker.First);
            (int first, int end) = doc.Sentences[sentence];
            int start = doc.ContentStart(sentence);
            int contentEnd = doc.ContentEnd(sentence);
            if (marker.Role == MarkerRole.OpinionFrame && marker.First != start)
            {
                continue;
            }

            if (doc.Is(marker.End - 1, WordClass.Relative))
            {
                // « la dépêche de X selon laquelle … »: the source is the name before the marker.
                Mention before = NameBefore(doc, marker.First, start);
                Add(doc, marker, marker.End, contentEnd, before, sentence);
                continue;
            }

            Mention source = marker.Role == MarkerRole.AnonymousSource ? AnonymousSource(doc, marker)
                : IsStressedPronoun(doc.TextOf(marker.End - 1)) ? new Mention(MentionKind.Pronoun, doc.SpanOf(marker.End - 1, marker.End), marker.End - 1, marker.End)
                : doc.MentionRight(marker.End, end, skipTime: false);
            if (!source.Exists && marker.End < end && IsStressedPronoun(doc.TextOf(marker.End)))
            {
                // « Selon lui, … », "according to her, …" (the pronoun inside the marker entry or after it).
                source = new Mention(MentionKind.Pronoun, doc.SpanOf(marker.End, marker.End + 1), marker.End, marker.End + 1);
            }

            int sourceEnd = source.Exists ? source.End : marker.End;
            if (source.LinkedName is not null)
            {
                sourceEnd += 3;
                source = source with { Kind = MentionKind.Name, Span = source.LinkedName.Value };
            }

            if (marker.Role == MarkerRole.OpinionFrame && (!source.Exists || sourceEnd >= contentEnd || !doc.IsChar(sourceEnd, ',')))
            {
                continue;
            }

            if (marker.First == start)
            {
                sourceEnd = LeadingSourceEnd(doc, sourceEnd, contentEnd, ref source);
                int from = sourceEnd < end && doc.IsChar(sourceEnd, ',') ? sourceEnd + 1 : sourceEnd;
                Add(doc, marker, from, contentEnd, source, sentence);
            }
            else if (marker.First - 1 > start && doc.IsChar(marker.First - 1, ','))
            {
                if (sourceEnd < contentEnd && doc.IsChar(sourceEnd, ',') && sourceEnd + 1 < contentEnd)
                {
                    Add(doc, marker, start, contentEnd, source, sentence);
                }
                else
                {
                    Add(doc, marker, start, marker.First - 1, source, sentence);
                }
            }
            else if (sourceEnd >= contentEnd)
            {
                Add(doc, marker, start, marker.First, source, sentence);
            }
        }
    }

    private static readonly string[] StressedPronouns = ["lui", "elle", "him", "her", "\u00E9l", "ella"];

    private static bool IsStressedPronoun(ReadOnlySpan<char> word)
    {
        foreach (string pronoun in StressedPronouns)
        {
            if (word.Equals(pronoun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A leading source runs to its comma even past words the noun-phrase rules stop at, and across a coordinated
    /// list of modifiers with an acronym (« Selon le Conseil économique, social et environnemental (CESE), … »).
    /// </summary>
    private static int LeadingSourceEnd(ClaimDocument doc, int sourceEnd, int contentEnd, ref Mention source)
    {
        int k = sourceEnd;
        // Verbs are allowed: a participle modifies the source (« according to a city report released Monday, … »).
        while (k < contentEnd && k - sourceEnd < 6 && doc[k].Is(WordShape.Letter) && !doc.Is(k, WordClass.Aux | WordClass.Complementizer))
        {
            k++;
        }

        if (k >= contentEnd || !doc.IsChar(k, ','))
        {
            return sourceEnd;
        }

        // A second segment of lower-case modifiers joined by a coordinator, possibly with an acronym.
        int next = k + 1;
        int j = next;
        bool coordinated = false;
        while (j < contentEnd && j - next < 5 && doc[j].Is(WordShape.Letter) && !doc[j].Is(WordShape.Upper) && !doc.Is(j, WordClass.Determiner) && !doc.IsVerbAt(j))
        {
            coordinated |= Attribution.IsCoordination(doc, j);
            j++;
        }

        if (coordinated && j > next)
        {
            if (j + 2 < contentEnd && doc.IsChar(j, '(') && doc[j + 1].Is(WordShape.AllUpper) && doc.IsChar(j + 2, ')'))
            {
                source = source with { Kind = MentionKind.Name, Span = doc.SpanOf(j + 1, j + 2) };
                j += 3;
            }

            if (j < contentEnd && doc.IsChar(j, ','))
            {
                return j;
            }
        }

        return k;
    }

    /// <summary>The descriptor inside an anonymous-source marker (« selon une source proche » → « une source proche »).</summary>
    private static Mention AnonymousSource(ClaimDocument doc, Marker marker)
    {
        int first = marker.First + 1;
        while (first < marker.End && (doc.Is(first, WordClass.Preposition | WordClass.Particle) && !doc.Is(first, WordClass.Determiner)))
        {
            first++;
        }

        return first < marker.End ? new Mention(MentionKind.Description, doc.SpanOf(first, marker.End), first, marker.End) : Mention.Nothing;
    }

    private static Mention NameBefore(ClaimDocument doc, int marker, int floor)
    {
        for (int k = marker - 1; k >= floor && marker - k <= 6; k--)
        {
            if (doc.IsNameWord(k))
            {
                int start = doc.NameRunLeft(k + 1, floor);
                return new Mention(MentionKind.Name, doc.SpanOf(start, k + 1), start, k + 1);
            }
        }

        return doc.MentionLeft(marker, floor);
    }

    private void Add(ClaimDocument doc, Marker marker, int from, int to, Mention source, int sentence)
    {
        if (to - from < 2)
        {
            return;
        }

        TextSpan content = doc.ContentSpan(from, to);
        if (content.IsEmpty || doc.OverlapsDraft(content, doc.SpanOf(marker.First, marker.End)))
        {
            return;
        }

        _ = doc.KindOf(from, to, ref content);
        doc.Add(ClaimKind.AccordingTo, content, doc.SpanOf(marker.First, marker.End), source, Name, sentence, marker.First);
    }
}
