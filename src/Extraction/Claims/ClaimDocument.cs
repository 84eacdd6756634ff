using System.Buffers;
using Extraction.Pipeline;

namespace Extraction.Claims;

/// <summary>
/// One document as the claim rules read it: its words, quotations, quote-aware sentences, reporting-verb groups
/// and markers, and the claims the sieves have drafted so far. Built once per call; the sieves only read it and
/// add drafts. Every array is proportional to the text and every scan is bounded, so the whole is linear.
/// </summary>
internal sealed class ClaimDocument : IDisposable
{
    private const int MaxNounPhrase = 8;
    private const char InvertedQuestion = '\u00BF';
    private const char InvertedExclamation = '\u00A1';
    private readonly PooledList<ClaimWord> _words;
    private int[] _quoteOf;
    private int[] _sentenceOf;

    /// <summary>Per word: its <see cref="WordClass"/>es, plus <see cref="VerbStart"/> when a reporting-verb form starts there.</summary>
    private int[] _classOf;
    private const int VerbStart = 1 << 29;

    public ClaimDocument(string text, ClaimWords words, ReportingVerbLexicon verbs)
    {
        Text = text;
        Lexicon = words;
        Verbs = verbs;
        _words = new PooledList<ClaimWord>(Math.Max(16, text.Length / 5));
        words.Scanner.Scan(text, _words);
        int n = _words.Count;
        QuoteFinder.Find(text, _words.AsSpan(), Quotes);
        _quoteOf = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        _sentenceOf = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        _quoteOf.AsSpan(0, n).Fill(-1);
        _classOf = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        ReadOnlySpan<ClaimWord> all = _words.AsSpan();
        for (int i = 0; i < n; i++)
        {
            int cls = 0;
            if (all[i].Is(WordShape.Letter))
            {
                cls = (int)words.Classes.ClassOf(text.AsSpan(all[i].Start, all[i].End - all[i].Start));
                if (verbs.Forms.TryMatch(text, all, i, n, out _, out _))
                {
                    cls |= VerbStart;
                }
            }

            _classOf[i] = cls;
        }

        for (int q = 0; q < Quotes.Count; q++)
        {
            QuoteSpan quote = Quotes[q];
            for (int i = quote.Open; i <= quote.Close && i < n; i++)
            {
                _quoteOf[i] = q;
            }
        }

        QuoteUsed = new bool[Quotes.Count];
        SplitSentences();
        FindCuesAndMarkers();
    }

    public string Text { get; }

    public ClaimWords Lexicon { get; }

    public ReportingVerbLexicon Verbs { get; }

    public ReadOnlySpan<ClaimWord> Words => _words.AsSpan();

    public int WordCount => _words.Count;

    public List<QuoteSpan> Quotes { get; } = [];

    public bool[] QuoteUsed { get; }

    /// <summary>Sentences as word ranges [First, End).</summary>
    public List<(int First, int End)> Sentences { get; } = [];

    public List<Cue> Cues { get; } = [];

    public List<Marker> Markers { get; } = [];

    public List<bool> CueUsed { get; } = [];

    public List<DraftClaim> Drafts { get; } = [];

    /// <summary>The drafts of each sentence (indices into <see cref="Drafts"/>), so look-ups stay local.</summary>
    private readonly Dictionary<int, List<int>> _draftsBySentence = [];
    private readonly HashSet<int> _sourceMarkerStarts = [];

    public IReadOnlyList<int> DraftsIn(int sentence) =>
        _draftsBySentence.TryGetValue(sentence, out List<int>? list) ? list : [];

    public ClaimWord this[int index] => _words[index];

    public ReadOnlySpan<char> TextOf(int word)
    {
        ClaimWord w = _words[word];
        return Text.AsSpan(w.Start, w.End - w.Start);
    }

    public WordClass ClassOf(int word) => (WordClass)(_classOf[word] & ~VerbStart);

    public bool Is(int word, WordClass cls) => (uint)word < (uint)WordCount && (ClassOf(word) & cls) != 0;

    public bool IsChar(int word, char c) => (uint)word < (uint)WordCount && _words[word].End - _words[word].Start == 1 && Text[_words[word].Start] == c;

    public int SentenceOf(int word) => _sentenceOf[word];

    /// <summary>The index of the quotation whose marks or content hold the word, or -1.</summary>
    public int QuoteOf(int word) => (uint)word < (uint)WordCount ? _quoteOf[word] : -1;

    /// <summary>True when the word lies strictly between the marks of a quotation.</summary>
    public bool InsideQuote(int word)
    {
        int q = QuoteOf(word);
        return q >= 0 && word > Quotes[q].Open && word < Quotes[q].Close;
    }

    public TextSpan SpanOf(int first, int end) => new(_words[first].Start, _words[end - 1].End);

    /// <summary>The characters strictly inside a quotation's marks, trimmed, without an English comma before the closing mark.</summary>
    public TextSpan InteriorOf(QuoteSpan quote)
    {
        int start = _words[quote.Open].End;
        int end = quote.Close < WordCount && !quote.IsDialogue ? _words[quote.Close].Start
            : quote.Close < WordCount && _words[quote.Close].Is(WordShape.Dash) ? _words[quote.Close].Start
            : _words[quote.Close - 1].End;
        ReadOnlySpan<char> text = Text.AsSpan();
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    public bool IsNameWord(int i)
    {
        if ((uint)i >= (uint)WordCount)
        {
            return false;
        }

        ClaimWord w = _words[i];
        if (!w.Is(WordShape.Upper) || w.Is(WordShape.Elided) || w.Is(WordShape.Clitic))
        {
            return false;
        }

        return (ClassOf(i) & (WordClass.Function | WordClass.Determiner | WordClass.Fused | WordClass.PronounPerson | WordClass.PronounGroup
            | WordClass.Connective | WordClass.Preposition | WordClass.Relative | WordClass.Aux | WordClass.Complementizer)) == 0
            && !IsVerbAt(i);
    }

    /// <summary>Whether word <paramref name="i"/> can be the head noun of a description: a lower-case content word or an acronym (<c>PDG</c>), not a verb.</summary>
    private bool IsNounLikeAt(int i)
    {
        ClaimWord w = _words[i];
        return w.Is(WordShape.Letter) && (!w.Is(WordShape.Upper) || w.Is(WordShape.AllUpper)) && !w.Is(WordShape.Clitic) && !w.Is(WordShape.Elided)
            && (ClassOf(i) & (WordClass.Function | WordClass.Determiner | WordClass.Fused | WordClass.PronounPerson | WordClass.PronounGroup
                | WordClass.Connective | WordClass.Preposition | WordClass.Relative | WordClass.Aux | WordClass.Complementizer | WordClass.Particle)) == 0
            && !IsVerbAt(i);
    }

    public bool IsVerbAt(int i) => (uint)i < (uint)WordCount && (_classOf[i] & VerbStart) != 0;

    /// <summary>The first word of a sentence's content: after a dateline (<c>SEATTLE —</c>) and a connective with its comma.</summary>
    public int ContentStart(int sentence)
    {
        (int first, int end) = Sentences[sentence];
        int i = first;
        int k = i;
        while (k < end && k - i < 4 && _words[k].Is(WordShape.AllUpper))
        {
            k++;
        }

        if (k > i && k < end && (_words[k].Is(WordShape.Dash) || IsChar(k, '-')))
        {
            i = k + 1;
        }
        else if (k > i && k < end && IsChar(k, ','))
        {
            // An agency dateline: « ZARAGOZA, 3 dic (EFE).- », « PARIS, 2 mars (AFP) - ».
            for (int d = k + 1; d < end && d - k <= 10; d++)
            {
                if ((_words[d].Is(WordShape.Dash) || IsChar(d, '-')) && (IsChar(d - 1, '.') || IsChar(d - 1, ')')))
                {
                    i = d + 1;
                    break;
                }
            }
        }

        if (Lexicon.Connectives.TryMatch(Text, Words, i, end, out _, out int length) && i + length < end && IsChar(i + length, ','))
        {
            i += length + 1;
        }

        return i;
    }

    /// <summary>The end of the sentence's content: before the final mark(s).</summary>
    public int ContentEnd(int sentence)
    {
        (int first, int end) = Sentences[sentence];
        while (end > first && _words[end - 1].Is(WordShape.Punct) && !_words[end - 1].Is(WordShape.Quote) && !IsChar(end - 1, ')'))
        {
            end--;
        }

        return end;
    }

    /// <summary>A content span over words, trimmed of edge punctuation other than quote marks.</summary>
    public TextSpan ContentSpan(int first, int end)
    {
        while (first < end && _words[first].Is(WordShape.Punct) && !_words[first].Is(WordShape.Quote))
        {
            first++;
        }

        while (end > first && _words[end - 1].Is(WordShape.Punct) && !_words[end - 1].Is(WordShape.Quote) && !IsChar(end - 1, ')'))
        {
            end--;
        }

        return end > first ? SpanOf(first, end) : default;
    }

    /// <summary>Words of a dialogue turn: final « . ? ! » kept, a trailing comma or dash and leading punctuation left out.</summary>
    public TextSpan TurnSpan(int first, int end)
    {
        while (first < end && _words[first].Is(WordShape.Punct) && !_words[first].Is(WordShape.Quote))
        {
            first++;
        }

        while (end > first && (IsChar(end - 1, ',') || IsChar(end - 1, ';') || IsChar(end - 1, ':') || _words[end - 1].Is(WordShape.Dash)))
        {
            end--;
        }

        return end > first ? SpanOf(first, end) : default;
    }

    /// <summary>Direct when the span is one whole quotation (its interior is returned), mixed when it holds one, else indirect.</summary>
    public ClaimKind KindOf(int first, int end, ref TextSpan content)
    {
        int q = QuoteOf(first);
        if (q >= 0 && Quotes[q].Open == first && !Quotes[q].IsDialogue)
        {
            int after = Quotes[q].Close + 1;
            while (after < end && _words[after].Is(WordShape.Punct) && !_words[after].Is(WordShape.Quote))
            {
                after++;
            }

            if (after >= end)
            {
                content = InteriorOf(Quotes[q]);
                return ClaimKind.Direct;
            }
        }

        for (int i = first; i < end; i++)
        {
            if (_words[i].Is(WordShape.Quote) && QuoteOf(i) >= 0)
            {
                return ClaimKind.Mixed;
            }
        }

        return ClaimKind.Indirect;
    }

    /// <summary>True when a draft already covers about the same content (a claim nested in another, whose cue lies inside it, is not a duplicate).</summary>
    public bool OverlapsDraft(TextSpan content, TextSpan? cue = null)
    {
        int sentence = content.IsEmpty ? 0 : SentenceAt(content.Start);
        for (int s = Math.Max(0, sentence - 1); s <= sentence + 1; s++)
        {
            foreach (int index in DraftsIn(s))
            {
                DraftClaim draft = Drafts[index];
                bool nested = (cue is { } c && draft.Content.Contains(c)) || (draft.Cue is { } d && content.Contains(d));
                if (!nested && draft.Content.Overlaps(content))
                {
                    int overlap = Math.Min(draft.Content.End, content.End) - Math.Max(draft.Content.Start, content.Start);
                    if (overlap * 2 >= Math.Min(draft.Content.Length, content.Length))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The sentence holding a character offset (binary search over the words).</summary>
    public int SentenceAt(int offset) => Words.Length == 0 ? 0 : _sentenceOf[WordAt(offset)];

    /// <summary>The index of the last word starting at or before a character offset (0 when there is none).</summary>
    public int WordAt(int offset)
    {
        ReadOnlySpan<ClaimWord> words = Words;
        int lo = 0;
        int hi = words.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (words[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    public DraftClaim Add(ClaimKind kind, TextSpan content, TextSpan? cue, Mention speaker, string rule, int sentence, int anchor)
    {
        var draft = new DraftClaim
        {
            Kind = kind,
            Content = content,
            Cue = cue,
            Speaker = speaker,
            Rule = rule,
            Sentence = sentence,
            Anchor = anchor,
        };
        Drafts.Add(draft);
        if (!_draftsBySentence.TryGetValue(sentence, out List<int>? list))
        {
            _draftsBySentence[sentence] = list = [];
        }

        list.Add(Drafts.Count - 1);
        if (!content.IsEmpty)
        {
            int contentSentence = SentenceAt(content.Start);
            if (contentSentence != sentence)
            {
                if (!_draftsBySentence.TryGetValue(contentSentence, out List<int>? other))
                {
                    _draftsBySentence[contentSentence] = other = [];
                }

                other.Add(Drafts.Count - 1);
            }
        }

        return draft;
    }

    public void Dispose()
    {
        _words.Dispose();
        ArrayPool<int>.Shared.Return(_quoteOf);
        ArrayPool<int>.Shared.Return(_sentenceOf);
        ArrayPool<int>.Shared.Return(_classOf);
        _classOf = [];
        _quoteOf = [];
        _sentenceOf = [];
    }

    private void SplitSentences()
    {
        int n = WordCount;
        int first = 0;
        for (int i = 0; i < n; i++)
        {
            if (i + 1 < n && !EndsSentence(i))
            {
                continue;
            }

            Sentences.Add((first, i + 1));
            for (int k = first; k <= i; k++)
            {
                _sentenceOf[k] = Sentences.Count - 1;
            }

            first = i + 1;
        }
    }

    private bool EndsSentence(int i)
    {
        ClaimWord next = _words[i + 1];
        if (next.Is(WordShape.ParagraphStart))
        {
            return true;
        }

        if (InsideQuote(i) && !(QuoteOf(i) >= 0 && Quotes[QuoteOf(i)].IsDialogue))
        {
            return false;
        }

        ClaimWord word = _words[i];
        bool startsNew = next.Is(WordShape.Upper) || IsChar(i + 1, InvertedQuestion) || IsChar(i + 1, InvertedExclamation) || (next.Is(WordShape.Quote) && QuoteOf(i + 1) >= 0 && Quotes[QuoteOf(i + 1)].Open == i + 1) || next.Is(WordShape.Dash);
        if (!startsNew)
        {
            return false;
        }

        if (word.Is(WordShape.Terminal))
        {
            if (IsChar(i, '.') && i > 0 && _words[i - 1].End == word.Start && _words[i - 1].Is(WordShape.Letter))
            {
                ReadOnlySpan<char> before = TextOf(i - 1);
                if ((before.Length == 1 && char.IsUpper(before[0])) || Is(i - 1, WordClass.Abbreviation))
                {
                    return false;
                }
            }

            return true;
        }

        // A closing mark right after a sentence-final mark ends the sentence when a new one starts.
        if (word.Is(WordShape.Quote) && QuoteOf(i) >= 0 && Quotes[QuoteOf(i)].Close == i && i > 0 && _words[i - 1].Is(WordShape.Terminal))
        {
            return true;
        }

        return false;
    }

    private void FindCuesAndMarkers()
    {
        int n = WordCount;
        ReadOnlySpan<ClaimWord> words = Words;
        for (int i = 0; i < n; i++)
        {
            if (!words[i].Is(WordShape.Letter) || InsideQuote(i))
            {
                continue;
            }

            int limit = Sentences[_sentenceOf[i]].End;
            if (Lexicon.Markers.TryMatch(Text, words, i, limit, out MarkerRole role, out int markerLength))
            {
                Markers.Add(new Marker(i, i + markerLength, role));
                if (role is MarkerRole.AccordingTo or MarkerRole.Relay)
                {
                    _sourceMarkerStarts.Add(i);
                }

                if (role is MarkerRole.AccordingTo or MarkerRole.AnonymousSource or MarkerRole.OpinionFrame or MarkerRole.Writer or MarkerRole.Impersonal)
                {
                    // The marker holds the attribution; a channel (« told reporters ») leaves its verb a cue.
                    i += markerLength - 1;
                    continue;
                }
            }

            if (!Verbs.Forms.TryMatch(Text, words, i, limit, out VerbEntry entry, out int length))
            {
                continue;
            }

            int head = i;
            int end = i + length;
            int clitic = -1;
            if (end < limit && words[end].Is(WordShape.Clitic))
            {
                clitic = end;
                end++;
            }

            // Left: adverbs, an inverted clitic, an auxiliary, a reflexive pronoun.
            int first = head;
            int k = head - 1;
            int adverbs = 0;
            while (k >= 0 && adverbs < 2 && Is(k, WordClass.Adverb) && !InsideQuote(k))
            {
                k--;
                adverbs++;
            }

            int auxClitic = -1;
            if (k >= 0 && words[k].Is(WordShape.Clitic))
            {
                auxClitic = k;
                k--;
            }

            bool hasAux = false;
            if (k >= 0 && Is(k, WordClass.Aux) && !InsideQuote(k) && _sentenceOf[k] == _sentenceOf[head])
            {
                hasAux = true;
                first = k;
                if (auxClitic >= 0)
                {
                    clitic = auxClitic;
                }

                if (k > 0 && Is(k - 1, WordClass.Reflexive))
                {
                    first = k - 1;
                }
            }
            else if (head > 0 && Is(head - 1, WordClass.Reflexive) && !InsideQuote(head - 1))
            {
                first = head - 1;
            }

            // « se trouvent » is not « trouver que »: a reflexive before a verb whose lemma is not reflexive is another verb.
            bool reflexive = first < head && Is(first, WordClass.Reflexive);
            if (reflexive && !IsReflexiveLemma(entry.Lemma))
            {
                i = end - 1;
                continue;
            }

            bool nounLike = !hasAux && first == head && head > 0 && (Is(head - 1, WordClass.Determiner | WordClass.Fused) || (Lexicon.Language != Language.English && words[head - 1].Is(WordShape.Elided) && Is(head - 1, WordClass.Determiner)));
            bool usable = entry.Form switch
            {
                VerbForm.Finite => true,
                VerbForm.PastParticiple => hasAux,
                VerbForm.PresentParticiple => true,
                _ => false,
            };
            if (usable && !nounLike && !RestatesPreviousCue(entry, first))
            {
                Cues.Add(new Cue(first, end, head, entry, hasAux, clitic));
                CueUsed.Add(false);
            }

            i = end - 1;
        }
    }

    /// <summary>
    /// True for an attitude cue whose subject is a pronoun right after another cue (<c>said she was confident that</c>):
    /// the attitude is part of what the first cue reports, not a second claim.
    /// </summary>
    private bool RestatesPreviousCue(VerbEntry entry, int first)
    {
        if (!entry.IsAttitude || Cues.Count == 0 || first == 0 || !Is(first - 1, WordClass.PronounPerson | WordClass.PronounGroup))
        {
            return false;
        }

        Cue previous = Cues[^1];
        int gap = first - 1 - previous.End;
        return _sentenceOf[previous.First] == _sentenceOf[first]
            && (gap == 0 || (gap == 1 && Is(previous.End, WordClass.Complementizer)));
    }

    private static bool IsReflexiveLemma(string lemma) =>
        lemma.StartsWith("se ", StringComparison.Ordinal) || lemma.StartsWith("s'", StringComparison.Ordinal)
        || lemma.EndsWith("se", StringComparison.Ordinal) || lemma.Contains("se ", StringComparison.Ordinal);

    /// <summary>The last cue that starts at or before word <paramref name="word"/>, or -1.</summary>
    public int LastCueStartingAtOrBefore(int word)
    {
        int c = CueStartingIn(word + 1, int.MaxValue);
        return (c < 0 ? Cues.Count : c) - 1;
    }

    /// <summary>True when an according-to or relay marker starts at the word.</summary>
    public bool SourceMarkerStartsAt(int word) => _sourceMarkerStarts.Contains(word);

    /// <summary>The first cue starting at or after word <paramref name="from"/> and before <paramref name="limit"/>, or -1.</summary>
    public int CueStartingIn(int from, int limit)
    {
        int lo = 0;
        int hi = Cues.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (Cues[mid].First < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < Cues.Count && Cues[lo].First < limit ? lo : -1;
    }

    /// <summary>The pronoun letters of an inverted clitic word (<c>-t-il</c> → <c>il</c>).</summary>
    public Mention CliticMention(int clitic)
    {
        ClaimWord w = _words[clitic];
        int start = w.Start;
        for (int k = w.Start; k < w.End; k++)
        {
            if (Text[k] == '-')
            {
                start = k + 1;
            }
        }

        return new Mention(MentionKind.Pronoun, new TextSpan(start, w.End), clitic, clitic + 1);
    }

    // ---- noun phrases ----

    /// <summary>A name run from word <paramref name="i"/> rightwards: capitalised words with particles between them.</summary>
    public int NameRunRight(int i, int limit)
    {
        int end = i;
        while (end < limit && end - i < 6)
        {
            if (IsNameWord(end))
            {
                end++;
            }
            else if (end > i && Is(end, WordClass.Particle) && IsNameWord(end + 1) && end + 1 < limit)
            {
                end++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>The first word of the name run that ends just before <paramref name="end"/>.</summary>
    public int NameRunLeft(int end, int floor)
    {
        int start = end;
        while (start - 1 >= floor && end - start < 6)
        {
            if (IsNameWord(start - 1))
            {
                start--;
            }
            else if (start < end && Is(start - 1, WordClass.Particle) && IsNameWord(start - 2) && start - 2 >= floor)
            {
                start--;
            }
            else
            {
                break;
            }
        }

        return start;
    }

    /// <summary>The name inside a capitalised run, after its last title word (<c>Deputy Chief Eric Barden</c> → <c>Eric Barden</c>).</summary>
    public (int First, int End) NameAfterTitles(int first, int end)
    {
        int start = first;
        for (int k = first; k < end; k++)
        {
            if (Is(k, WordClass.Title | WordClass.Honorific))
            {
                start = k + 1;
            }
        }

        return (start, end);
    }

    /// <summary>
    /// A mention starting at word <paramref name="i"/> (after time words): a name, a description or a pronoun. A
    /// description with a name in apposition (« la directrice générale, Claire Morand, … ») is the name.
    /// </summary>
    public Mention MentionRight(int i, int limit, bool skipTime = true)
    {
        Mention mention = MentionRightOf(i, limit, skipTime);
        if (mention.Kind != MentionKind.Description || mention.LinkedName is not null)
        {
            return mention;
        }

        int comma = mention.End;
        if (comma + 1 >= limit || !IsChar(comma, ',') || !IsNameWord(comma + 1))
        {
            return mention;
        }

        int nameEnd = NameRunRight(comma + 1, limit);
        if (nameEnd < limit && !IsChar(nameEnd, ',') && !_words[nameEnd].Is(WordShape.Terminal))
        {
            return mention;
        }

        (int nameFirst, int end) = NameAfterTitles(comma + 1, nameEnd);
        return end > nameFirst ? new Mention(MentionKind.Name, SpanOf(nameFirst, end), mention.First, nameEnd) : mention;
    }

    private Mention MentionRightOf(int i, int limit, bool skipTime)
    {
        int skipped = 0;
        while (skipTime && i < limit && skipped < 3 && Is(i, WordClass.Time) && !IsNameWord(i))
        {
            i++;
            skipped++;
        }

        if (i >= limit)
        {
            return Mention.Nothing;
        }

        if (Is(i, WordClass.Honorific) && !Is(i, WordClass.Title))
        {
            i++;
            if (i < limit && IsChar(i, '.'))
            {
                i++;
            }
        }

        if (i >= limit)
        {
            return Mention.Nothing;
        }

        if (Is(i, WordClass.PronounPerson))
        {
            return new Mention(MentionKind.Pronoun, SpanOf(i, i + 1), i, i + 1);
        }

        if (Lexicon.Language == Language.English && IsPlainNoun(i))
        {
            // A bare lower-case title before a name: « said engineer Nadia Brooks », « said retired judge Ann Lee ».
            int k = i;
            while (k < limit && k - i < 3 && IsPlainNoun(k))
            {
                k++;
            }

            int nameEnd = IsNameWord(k) ? NameRunRight(k, limit) : k;
            if (nameEnd - k >= 2)
            {
                return new Mention(MentionKind.Name, SpanOf(k, nameEnd), i, nameEnd, AcronymAfter(nameEnd, limit));
            }
        }

        if (IsNameWord(i))
        {
            int end = NameRunRight(i, limit);
            if (Lexicon.Language == Language.English && end < limit && IsPlainNoun(end))
            {
                // A name used as a modifier: « Seattle police », « Kremlin officials ».
                return new Mention(MentionKind.Description, SpanOf(i, end + 1), i, end + 1);
            }

            (int nameFirst, int nameEnd) = NameAfterTitles(i, end);
            if (nameEnd > nameFirst)
            {
                return new Mention(MentionKind.Name, SpanOf(nameFirst, nameEnd), i, end, AcronymAfter(end, limit));
            }

            return DescriptionFrom(i, i, limit);
        }

        if (Is(i, WordClass.Determiner | WordClass.Fused))
        {
            int body = i + 1;
            if (IsNameWord(body))
            {
                int end = NameRunRight(body, limit);
                (int nameFirst, int nameEnd) = NameAfterTitles(body, end);
                if (nameEnd > nameFirst)
                {
                    return new Mention(MentionKind.Name, SpanOf(nameFirst, nameEnd), i, end, AcronymAfter(end, limit));
                }
            }

            return DescriptionFrom(i, Is(i, WordClass.Fused) && !Is(i, WordClass.Determiner) ? i + 1 : i, limit);
        }

        return Mention.Nothing;
    }

    /// <summary>A lower-case word that is not a function word, a verb or a time word.</summary>
    private bool IsPlainNoun(int i) =>
        _words[i].Is(WordShape.Letter) && !_words[i].Is(WordShape.Upper) && !IsVerbAt(i)
        && (ClassOf(i) & (WordClass.Preposition | WordClass.Aux | WordClass.Time | WordClass.Function | WordClass.Relative | WordClass.Complementizer | WordClass.Adverb)) == 0;

    /// <summary>A definite description from a determiner (or a title), up to a preposition, punctuation or verb.</summary>
    private Mention DescriptionFrom(int phraseStart, int spanStart, int limit)
    {
        int k = phraseStart + 1;
        int last = phraseStart;
        bool afterParticle = false;
        while (k < limit && k - phraseStart < MaxNounPhrase)
        {
            ClaimWord w = _words[k];
            if (!w.Is(WordShape.Letter))
            {
                break;
            }

            WordClass cls = ClassOf(k);
            if ((cls & WordClass.Particle) != 0 || (w.Is(WordShape.Elided) && (cls & WordClass.Determiner) != 0) || (afterParticle && (cls & WordClass.Determiner) != 0))
            {
                afterParticle = true;
                k++;
                continue;
            }

            if ((cls & (WordClass.Preposition | WordClass.Aux | WordClass.Relative | WordClass.Complementizer | WordClass.Time)) != 0 || w.Is(WordShape.Clitic) || IsVerbAt(k))
            {
                break;
            }

            if (w.Is(WordShape.Upper) && !afterParticle && last > phraseStart)
            {
                // A name after a title and its adjectives: « le président russe Vladimir Poutine ».
                int end = NameRunRight(k, limit);
                return new Mention(MentionKind.Name, SpanOf(k, end), phraseStart, end, AcronymAfter(end, limit));
            }

            afterParticle = false;
            last = k;
            k++;
        }

        if (last == phraseStart && spanStart == phraseStart && !Is(phraseStart, WordClass.Title))
        {
            return Mention.Nothing;
        }

        int spanFirst = spanStart <= last ? spanStart : phraseStart;
        return new Mention(MentionKind.Description, SpanOf(spanFirst, last + 1), phraseStart, last + 1, AcronymAfter(last + 1, limit));
    }

    /// <summary>An acronym in parentheses right after a phrase: <c>les renseignements militaires (GUR)</c>.</summary>
    private TextSpan? AcronymAfter(int i, int limit)
    {
        if (i + 2 < limit && IsChar(i, '(') && _words[i + 1].Is(WordShape.AllUpper) && IsChar(i + 2, ')'))
        {
            return SpanOf(i + 1, i + 2);
        }

        return null;
    }

    /// <summary>The subject mention that ends right before word <paramref name="end"/> (adverbs skipped).</summary>
    public Mention MentionLeft(int end, int floor)
    {
        int i = end - 1;
        int skipped = 0;
        while (i >= floor && skipped < 2 && (Is(i, WordClass.Adverb) || Is(i, WordClass.Reflexive)) && !IsNameWord(i))
        {
            i--;
            skipped++;
        }

        if (i < floor)
        {
            return Mention.Nothing;
        }

        ClaimWord w = _words[i];
        if (Is(i, WordClass.Relative) && !Is(i, WordClass.Complementizer))
        {
            return new Mention(MentionKind.Relative, SpanOf(i, i + 1), i, i + 1);
        }

        if (Is(i, WordClass.PronounPerson))
        {
            return new Mention(MentionKind.Pronoun, SpanOf(i, i + 1), i, i + 1);
        }

        if (Is(i, WordClass.PronounGroup))
        {
            return new Mention(MentionKind.GroupPronoun, SpanOf(i, i + 1), i, i + 1);
        }

        if (IsNameWord(i))
        {
            int start = NameRunLeft(i + 1, floor);
            if (start - 2 >= floor && Is(start - 1, WordClass.Particle) && !Is(start - 1, WordClass.Determiner) && _words[start - 2].Is(WordShape.Letter) && !_words[start - 2].Is(WordShape.Upper))
            {
                // « el ministro de Exteriores »: the capitalised word completes a description.
                return DescriptionLeft(i, floor);
            }

            (int nameFirst, int nameEnd) = NameAfterTitles(start, i + 1);
            if (nameEnd > nameFirst)
            {
                // « the Alpine Weather Office », « L'OTAN »: the determiner belongs to the phrase, not to the name.
                int phraseFirst = start - 1 >= floor && Is(start - 1, WordClass.Determiner | WordClass.Fused) ? start - 1 : start;
                return new Mention(MentionKind.Name, SpanOf(nameFirst, nameEnd), phraseFirst, i + 1);
            }

            // Only title words: « le Président a dit ».
            return DescriptionLeft(i, floor);
        }

        if (IsChar(i, ','))
        {
            return Apposition(i, floor);
        }

        if (w.Is(WordShape.Letter) && !w.Is(WordShape.Clitic))
        {
            return DescriptionLeft(i, floor);
        }

        return Mention.Nothing;
    }

    /// <summary>« NAME, description, » or « description, NAME, » before a verb: the name.</summary>
    private Mention Apposition(int comma, int floor)
    {
        int segmentEnd = comma;
        int segmentStart = comma;
        while (segmentStart - 1 >= floor && _words[segmentStart - 1].Is(WordShape.Letter) && segmentEnd - segmentStart < MaxNounPhrase)
        {
            segmentStart--;
        }

        if (segmentStart == segmentEnd)
        {
            return Mention.Nothing;
        }

        if (NameRunLeft(segmentEnd, segmentStart) == segmentStart && IsNameWord(segmentStart))
        {
            (int nameFirst, int nameEnd) = NameAfterTitles(segmentStart, segmentEnd);
            if (nameEnd > nameFirst)
            {
                return new Mention(MentionKind.Name, SpanOf(nameFirst, nameEnd), segmentStart, segmentEnd);
            }
        }

        // A description in apposition: the name before it.
        if (segmentStart - 1 >= floor && IsChar(segmentStart - 1, ',') && (Is(segmentStart, WordClass.Title | WordClass.Determiner)))
        {
            int nameEnd = segmentStart - 1;
            int nameStart = NameRunLeft(nameEnd, floor);
            if (nameStart < nameEnd)
            {
                (int nf, int ne) = NameAfterTitles(nameStart, nameEnd);
                if (ne > nf)
                {
                    return new Mention(MentionKind.Name, SpanOf(nf, ne), nameStart, nameEnd);
                }
            }
        }

        return Mention.Nothing;
    }

    /// <summary>A description ending at word <paramref name="last"/>: back to its determiner, or a bare noun phrase at a clause start.</summary>
    private Mention DescriptionLeft(int last, int floor)
    {
        int k = last;
        while (k >= floor && last - k < MaxNounPhrase)
        {
            ClaimWord w = _words[k];
            if (!w.Is(WordShape.Letter) || w.Is(WordShape.Clitic))
            {
                break;
            }

            WordClass cls = ClassOf(k);
            bool isDeterminer = (cls & (WordClass.Determiner | WordClass.Fused)) != 0;
            // A fused article after a noun opens that noun's complement (« le président du club »): keep walking to the head's determiner.
            if ((cls & WordClass.Fused) != 0 && k > floor && k < last && IsNounLikeAt(k - 1))
            {
                k--;
                continue;
            }

            if (isDeterminer && !(k > floor && Is(k - 1, WordClass.Particle) && !Is(k - 1, WordClass.Determiner)) && (k == floor || !Is(k - 1, WordClass.Particle) || Is(k - 1, WordClass.Determiner)))
            {
                int spanFirst = (cls & WordClass.Fused) != 0 && (cls & WordClass.Determiner) == 0 ? k + 1 : k;
                if (spanFirst > last)
                {
                    return Mention.Nothing;
                }

                // Determiner + name: the name alone (« L'OTAN »).
                if (IsNameWord(k + 1) && NameRunRight(k + 1, last + 1) == last + 1)
                {
                    return new Mention(MentionKind.Name, SpanOf(k + 1, last + 1), k, last + 1);
                }

                return new Mention(MentionKind.Description, SpanOf(spanFirst, last + 1), k, last + 1);
            }

            if ((cls & (WordClass.Preposition | WordClass.Aux | WordClass.Complementizer | WordClass.Relative)) != 0 && (cls & WordClass.Particle) == 0)
            {
                break;
            }

            if (k < last && IsVerbAt(k))
            {
                break;
            }

            k--;
        }

        // A bare noun phrase right at a clause start: « police said », « Seattle police said ».
        int start = k + 1;
        bool atClauseStart = k < floor || IsChar(k, ',') || IsChar(k, ';') || (k >= 0 && _words[k].Is(WordShape.Dash)) || (k >= 0 && Sentences[_sentenceOf[k]].First == k + 1 && _sentenceOf[k] != _sentenceOf[last]) || (k >= 0 && _sentenceOf[k] != _sentenceOf[last]);
        if (Lexicon.Language == Language.English && atClauseStart && start <= last && last - start < 3)
        {
            for (int j = start; j <= last; j++)
            {
                if (Is(j, WordClass.Preposition | WordClass.Aux | WordClass.Connective | WordClass.Function) && !IsNameWord(j))
                {
                    return Mention.Nothing;
                }
            }

            return new Mention(MentionKind.Description, SpanOf(start, last + 1), start, last + 1);
        }

        return Mention.Nothing;
    }
}
