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

            _ = Attribution.AddClauseClaim(doc, c, start, clauseEnd, sentence, Name);
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

        if (cue.Entry.InfinitiveMarker is { } marker)
        {
            return AttitudeInfinitiveStart(doc, cue, end, marker);
        }

        return doc.Lexicon.Language switch
        {
            Language.English => BareClauseStart(doc, cue, end),
            Language.Spanish => InfinitiveStart(doc, cue, end),
            Language.French => PerfectInfinitiveStart(doc, cue, end),
            _ => -1,
        };
    }

    /// <summary>
    /// An attitude adjective's infinitive complement after its preposition (« s'est dit prêt à négocier », « se dit
    /// certain de pouvoir … », « se mostró dispuesto a negociar »): the content starts at the infinitive (or its
    /// negation); a noun after the preposition (« favorable à une pause ») is no complement.
    /// </summary>
    private static int AttitudeInfinitiveStart(ClaimDocument doc, Cue cue, int end, string marker)
    {
        int k = cue.End;
        if (k + 2 >= end || !IsMarker(doc.TextOf(k), marker))
        {
            return -1;
        }

        int start = k + 1;
        int verb = start;
        while (verb < end && verb - start < 2 && IsNegation(doc.TextOf(verb)))
        {
            verb++;
        }

        if (verb + 1 >= end || !doc[verb].Is(WordShape.Letter) || doc[verb].Is(WordShape.Upper)
            || doc.Is(verb, WordClass.Time | WordClass.Function | WordClass.Preposition | WordClass.Determiner | WordClass.Adverb))
        {
            return -1;
        }

        ReadOnlySpan<char> word = doc.TextOf(verb);
        ReadOnlySpan<string> endings = doc.Lexicon.Language == Language.French ? ["er", "ir", "re", "oir"] : ["ar", "er", "ir"];
        foreach (string ending in endings)
        {
            if (word.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>The preposition as written, elided or not (« de », « d' », « d’ »).</summary>
    private static bool IsMarker(ReadOnlySpan<char> word, string marker) =>
        word.Equals(marker, StringComparison.OrdinalIgnoreCase)
        || (marker == "de" && (word.Equals("d'", StringComparison.OrdinalIgnoreCase) || word.Equals("d\u2019", StringComparison.OrdinalIgnoreCase)));

    private static bool IsNegation(ReadOnlySpan<char> word) =>
        word.Equals("ne", StringComparison.OrdinalIgnoreCase) || word.Equals("n'", StringComparison.OrdinalIgnoreCase)
        || word.Equals("pas", StringComparison.OrdinalIgnoreCase) || word.Equals("no", StringComparison.OrdinalIgnoreCase);

    /// <summary>A French past infinitive stating a fact (« elle estime avoir perdu … », « il nie être intervenu »).</summary>
    private static int PerfectInfinitiveStart(ClaimDocument doc, Cue cue, int end)
    {
        if (!cue.IsFinite || cue.End + 2 >= end)
        {
            return -1;
        }

        int k = cue.End;
        if (doc.TextOf(k).Equals("ne", StringComparison.OrdinalIgnoreCase) || doc.TextOf(k).Equals("n'", StringComparison.OrdinalIgnoreCase))
        {
            k++;
            if (k < end && doc.TextOf(k).Equals("pas", StringComparison.OrdinalIgnoreCase))
            {
                k++;
            }
        }

        return k < end && (doc.TextOf(k).Equals("avoir", StringComparison.OrdinalIgnoreCase) || doc.TextOf(k).Equals("\u00EAtre", StringComparison.OrdinalIgnoreCase)) ? cue.End : -1;
    }

    /// <summary>
    /// A Spanish infinitive complement that states a proposition (« negó haber recibido la propuesta », « aseguró no
    /// conocer el informe »): the content starts at the infinitive (or its « no »).
    /// </summary>
    private static int InfinitiveStart(ClaimDocument doc, Cue cue, int end)
    {
        if (!cue.IsFinite || cue.Entry.IsBelief)
        {
            return -1;
        }

        int k = cue.End;
        if (k < end && doc.TextOf(k).Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }

        if (k + 1 >= end || !doc[k].Is(WordShape.Letter) || doc[k].Is(WordShape.Upper)
            || doc.Is(k, WordClass.Time | WordClass.Function | WordClass.Preposition | WordClass.Determiner | WordClass.Adverb))
        {
            return -1;
        }

        ReadOnlySpan<char> word = doc.TextOf(k);
        bool infinitive = word.Length >= 4 && (word.EndsWith("ar", StringComparison.Ordinal) || word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("ir", StringComparison.Ordinal));
        return infinitive ? cue.End : -1;
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

        if (k >= end - 2)
        {
            return -1;
        }

        if (!(doc.Is(k, WordClass.Determiner | WordClass.PronounPerson | WordClass.PronounGroup) || doc.IsNameWord(k)))
        {
            // A bare subject: « said crews were focusing », « said about 3,000 residents had been … ».
            return SubjectThenAux(doc, k, end) ? k : -1;
        }

        // Not a postposed cue ("…, police said the …" is rare; "…, he said." ends the sentence anyway).
        return k;
    }

    /// <summary>A short lower-case subject (nouns, numbers, a quantifier) followed by an auxiliary within four words.</summary>
    private static bool SubjectThenAux(ClaimDocument doc, int k, int end)
    {
        for (int m = k; m < end && m - k <= 4; m++)
        {
            if (doc.Is(m, WordClass.Aux))
            {
                return m > k;
            }

            if (doc.IsVerbAt(m) || doc.Is(m, WordClass.Complementizer | WordClass.Relative) || doc[m].Is(WordShape.Upper)
                || (doc[m].Is(WordShape.Punct) && !doc.IsChar(m, ',')) || (m == k && !doc[m].Is(WordShape.Letter | WordShape.Digit)))
            {
                return false;
            }
        }

        return false;
    }
}
