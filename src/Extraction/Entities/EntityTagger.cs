using Extraction.Models;
using Extraction.Pipeline;
using Extraction.Tokenization;

namespace Extraction.Entities;

/// <summary>
/// The named-entity tagger: a linear model over hashed features (a <see cref="WeightTable"/>, one cache line per
/// bucket) with learned tag transitions, decoded with constrained
/// Viterbi, one sentence at a time, remembering what the document already tagged. Immutable and thread-safe;
/// tagging allocates nothing once the thread's scratch has grown to the longest sentence.
/// </summary>
internal sealed partial class EntityTagger
{
    /// <summary>Sentences longer than this are tagged in pieces so scratch stays bounded.</summary>
    public const int MaxSentenceTokens = 512;

    internal EntityTagger(ModelInfo info, FeatureExtractor features, WeightTable weights, float[] transitions, float[] starts)
    {
        Info = info;
        Features = features;
        Weights = weights;
        Transitions = transitions;
        Starts = starts;
    }

    /// <summary>Name, version, language, training data and licence of the model.</summary>
    public ModelInfo Info { get; }

    internal FeatureExtractor Features { get; }

    /// <summary>The feature weights, one aligned row per hash bucket.</summary>
    internal WeightTable Weights { get; }

    internal float[] Transitions { get; }

    internal float[] Starts { get; }

    /// <summary>Tags a tokenized document and appends its entities.</summary>
    public void Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<TextSpan> sentences, PooledList<Entity> entities, CancellationToken cancellationToken)
    {
        TaggerScratch scratch = TaggerScratch.ForThread();
        scratch.Memory.Clear();
        int next = 0;
        int sentence = 0;
        int sinceCheck = 0;
        while (next < tokens.Length)
        {
            // The sentence holding the next token (tokens outside every sentence form their own piece).
            while (sentence < sentences.Length && sentences[sentence].End <= tokens[next].Start)
            {
                sentence++;
            }

            int limit = sentence >= sentences.Length ? int.MaxValue
                : sentences[sentence].Start <= tokens[next].Start ? sentences[sentence].End
                : sentences[sentence].Start;
            int end = next + 1;
            while (end < tokens.Length && end - next < MaxSentenceTokens && tokens[end].Start < limit)
            {
                end++;
            }

            ReadOnlySpan<Token> piece = tokens[next..end];
            Span<int> tags = TagSentence(text, piece, scratch);
            AppendEntities(text, piece, scratch.Infos, tags, entities);
            next = end;
            sinceCheck += piece.Length;
            if (sinceCheck > 4096)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sinceCheck = 0;
            }
        }
    }

    /// <summary>Tags pre-tokenized sentences of one document (as read from a CoNLL file) into BILOU tags.</summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">All tokens of the document.</param>
    /// <param name="sentenceStarts">The index of each sentence's first token, ascending.</param>
    /// <param name="tags">Receives one tag per token.</param>
    public void TagTokens(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> sentenceStarts, Span<int> tags)
    {
        TaggerScratch scratch = TaggerScratch.ForThread();
        scratch.Memory.Clear();
        for (int s = 0; s < sentenceStarts.Length; s++)
        {
            int start = sentenceStarts[s];
            int end = s + 1 < sentenceStarts.Length ? sentenceStarts[s + 1] : tokens.Length;
            for (int piece = start; piece < end; piece += MaxSentenceTokens)
            {
                int pieceEnd = Math.Min(end, piece + MaxSentenceTokens);
                TagSentence(text, tokens[piece..pieceEnd], scratch).CopyTo(tags[piece..pieceEnd]);
            }
        }
    }

    /// <summary>Tags one sentence and lets the document memory learn from it; the result lives in the scratch.</summary>
    internal Span<int> TagSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, TaggerScratch scratch)
    {
        int n = sentence.Length;
        scratch.Ensure(n);
        Span<TokenInfo> infos = scratch.Infos.AsSpan(0, n);
        Features.Describe(text, sentence, infos, scratch.Gazetteer);
        Span<float> emissions = scratch.Emissions.AsSpan(0, n * EntityTags.Count);
        Score(infos, scratch.Memory, emissions, scratch.Buckets);
        Span<int> tags = scratch.Tags.AsSpan(0, n);
        ViterbiDecoder.Decode(emissions, n, Transitions, Starts, default, scratch.Delta, scratch.Back, tags);
        scratch.Memory.Learn(infos, tags);
        return tags;
    }

    /// <summary>Computes every token's tag scores from its features.</summary>
    internal void Score(ReadOnlySpan<TokenInfo> infos, DocumentMemory memory, Span<float> emissions, Span<int> buckets)
    {
        const int L = EntityTags.Count;
        for (int i = 0; i < infos.Length; i++)
        {
            int count = Features.Extract(infos, i, memory.FeatureOf(infos[i]), buckets);
            Weights.Sum(buckets[..count], emissions.Slice(i * L, L));
        }
    }

    private static bool IsPlacePreposition(ReadOnlySpan<char> word) =>
        word is "de" or "d'" or "d’" or "à" or "en" or "in" or "at" or "from" or "near" or "off" or "a" or "desde" or "hacia" or "cerca";

    /// <summary>True when token <paramref name="k"/> is a hyphen written between two words without spaces.</summary>
    private static bool IsGluedHyphen(string text, ReadOnlySpan<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Length && tokens[k].Span.Length == 1 && Characters.IsHyphen(text[tokens[k].Start])
        && tokens[k - 1].End == tokens[k].Start && tokens[k].End == tokens[k + 1].Start
        && tokens[k - 1].Kind == TokenKind.Word && tokens[k + 1].Kind == TokenKind.Word;

    private static void AppendEntities(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<TokenInfo> infos, ReadOnlySpan<int> tags, PooledList<Entity> entities)
    {
        const ulong Title = 0xFUL << (4 * (int)GazetteerKind.Title);
        const ulong OrganizationHead = 1UL << ((4 * (int)GazetteerKind.OrganizationHead) + EntityTags.Unit);
        const ulong PlaceUnit = (1UL << ((4 * (int)GazetteerKind.Country) + EntityTags.Unit)) | (1UL << ((4 * (int)GazetteerKind.City) + EntityTags.Unit))
            | (1UL << ((4 * (int)GazetteerKind.Region) + EntityTags.Unit));
        const ulong PersonName = (0xFUL << (4 * (int)GazetteerKind.FirstName)) | (0xFUL << (4 * (int)GazetteerKind.Surname));
        int start = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            int tag = tags[i];
            if (tag == EntityTags.Outside)
            {
                continue;
            }

            int part = EntityTags.PartOf(tag);
            if (part is EntityTags.Begin or EntityTags.Unit)
            {
                start = i;
            }

            if (part is EntityTags.Last or EntityTags.Unit && start >= 0)
            {
                EntityLabel type = EntityTags.TypeOf(tag);
                if (type == EntityLabel.Person)
                {
                    // The span is the name only (GUIDELINES section 1): leading titles ("Dr.", "M.", "Mme") stay out.
                    while (start < i && (infos[start].Gazetteer & Title) != 0)
                    {
                        start++;
                        if (start < i && text.AsSpan(tokens[start].Start, tokens[start].Span.Length).SequenceEqual("."))
                        {
                            start++;
                        }
                    }
                }

                // One word the lists know as a place and not as a name, after a preposition of place, is not a
                // person ("metro de Zaragoza", "exploitant de Pommard").
                if (type == EntityLabel.Person && start == i && start > 0 && (infos[i].Gazetteer & PlaceUnit) != 0 && (infos[i].Gazetteer & PersonName) == 0
                    && IsPlacePreposition(text.AsSpan(tokens[start - 1].Start, tokens[start - 1].Span.Length)))
                {
                    type = EntityLabel.Location;
                }

                // A name never stops inside a hyphenated name that the tokenizer split as UD English does
                // ("Amara Okonkwo-Reyes", "Lars Moe-Hansen"); lower-case parts ("U.S.-led") stay out.
                while (start >= 2 && tags[start - 1] == EntityTags.Outside && tags[start - 2] == EntityTags.Outside
                    && IsGluedHyphen(text, tokens, start - 1) && Characters.IsUpper(text[tokens[start - 2].Start]))
                {
                    start -= 2;
                }

                while (i + 2 < tokens.Length && tags[i + 1] == EntityTags.Outside && tags[i + 2] == EntityTags.Outside
                    && IsGluedHyphen(text, tokens, i + 1) && Characters.IsUpper(text[tokens[i + 2].Start]))
                {
                    i += 2;
                }

                // A place followed by a capitalised organisation head is one organisation ("Seattle Police",
                // "Oxford University": GUIDELINES section 1), even when the model left the head outside.
                int end = i;
                while (type == EntityLabel.Location && end + 1 < tokens.Length && tags[end + 1] == EntityTags.Outside
                    && infos[end + 1].Case is Capitalization.Initial or Capitalization.AllUpper
                    && (infos[end + 1].Gazetteer & OrganizationHead) != 0)
                {
                    end++;
                }

                if (end > i)
                {
                    type = EntityLabel.Organization;
                    i = end;
                }

                entities.Add(new Entity(new TextSpan(tokens[start].Start, tokens[i].End), type));
                start = -1;
            }
        }
    }
}
