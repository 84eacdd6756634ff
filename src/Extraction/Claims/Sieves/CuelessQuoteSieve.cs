namespace Extraction.Claims.Sieves;

/// <summary>
/// A quoted sentence without a cue that the text attributes by context (GUIDELINES §3, cue null): a quotation that
/// makes a whole sentence after another sentence of its paragraph (« Whitaker was blunt. "We are …" », a second
/// quote after « …, said Ruth Ames. »), and a sub-heading made of one quotation, whose speaker is the source of the
/// next claim, and a dialogue turn (« — Oui, je viens. ») whose incise gave no cue. The speaker span is null; the resolver gives the entity. Quotations of fewer than three words are
/// labels and quoted questions are questions, not claims. Direct claims.
/// </summary>
internal sealed class CuelessQuoteSieve : IClaimSieve
{
    private const int MinWords = 3;

    public string Name => "cueless-quote";

    public void Run(ClaimDocument doc)
    {
        for (int q = 0; q < doc.Quotes.Count; q++)
        {
            QuoteSpan quote = doc.Quotes[q];
            if (doc.QuoteUsed[q] || quote.End - quote.First < MinWords)
            {
                continue;
            }

            if (quote.IsDialogue)
            {
                // A dialogue turn (a dash at a paragraph start) is a quotation by typography; its speaker comes from context.
                TextSpan turn = doc.TurnSpan(quote.First, Math.Min(quote.Close, doc.WordCount));
                if (!turn.IsEmpty && !doc.OverlapsDraft(turn) && HasLetters(doc, quote))
                {
                    doc.Add(ClaimKind.Direct, turn, null, Mention.Nothing, Name, doc.SentenceOf(quote.First), quote.Open);
                    doc.QuoteUsed[q] = true;
                }

                continue;
            }

            int sentence = doc.SentenceOf(quote.Open);
            (int first, _) = doc.Sentences[sentence];
            if (quote.Open != first || quote.Close >= doc.WordCount || !Attribution.OnlyPunctuationAfter(doc, quote.Close + 1, doc.SentenceOf(quote.Close)))
            {
                continue;
            }

            TextSpan content = doc.InteriorOf(quote);
            if (content.IsEmpty || doc.Text[content.End - 1] == '?' || doc.OverlapsDraft(content) || !HasLetters(doc, quote))
            {
                continue;
            }

            bool paragraphStart = first == 0 || doc[first].Is(WordShape.ParagraphStart);
            int after = quote.Close + 1;
            bool heading = paragraphStart && after < doc.WordCount && doc[after].Is(WordShape.ParagraphStart) && !doc[quote.Close - 1].Is(WordShape.Terminal);
            if (paragraphStart && !heading)
            {
                continue;
            }

            DraftClaim draft = doc.Add(ClaimKind.Direct, content, null, Mention.Nothing, Name, sentence, quote.Open);
            draft.SpeakerFromNext = heading;
            doc.QuoteUsed[q] = true;
        }
    }

    private static bool HasLetters(ClaimDocument doc, QuoteSpan quote)
    {
        int letters = 0;
        for (int k = quote.First; k < quote.End && letters < MinWords; k++)
        {
            if (doc[k].Is(WordShape.Letter))
            {
                letters++;
            }
        }

        return letters >= MinWords;
    }
}
