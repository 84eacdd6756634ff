using Extraction.Coreference;
using Extraction.Pipeline;

namespace Extraction.Claims;

/// <summary>
/// The second claim step: ties each drafted speaker mention to an entity group. Names join the group of the name
/// they match (and pull in every other spelling of it in the text); a description joins the group of a name it is
/// tied to (an acronym, a name split off by noise), of a named group whose head noun it repeats (« police » →
/// « Seattle Police »), or, for a title (« le président », « el canciller »), of the latest person who spoke;
/// a personal pronoun joins the latest person who spoke; an unexpressed speaker is the latest speaker.
/// </summary>
internal sealed class SpeakerResolver
{
    private const string SpanishHe = "\u00E9l";
    private const string SpanishDona = "do\u00F1a";
    private const string SpanishDnaAbbreviation = "d\u00F1a";

    /// <summary>How many earlier persons or entities a title or an organisation head may look back over.</summary>
    private const int MaxLookBack = 64;

    private readonly ClaimDocument _doc;
    private readonly Annotations _work;
    private readonly ClusterSet _clusters;
    private readonly List<TextSpan> _candidates = [];
    private readonly List<string[]> _candidateWords = [];

    /// <summary>Candidate comparisons spent pulling spellings into groups (bounded like <see cref="ClusterSet.MaxComparisons"/>).</summary>
    private long _pullComparisons;
    private readonly Dictionary<string, int> _candidateByHead = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pulled = new(StringComparer.Ordinal);
    private readonly List<TextSpan> _persons = [];
    private readonly Dictionary<int, (int Masculine, int Feminine)> _genders = [];
    private readonly Entity[] _entities;

    public SpeakerResolver(ClaimDocument doc, Annotations work, ClusterSet clusters)
    {
        _doc = doc;
        _work = work;
        _clusters = clusters;
        _entities = work.Entities.AsSpan().ToArray();
        Array.Sort(_entities, (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        CollectNameCandidates();
        for (int i = 0; i < _candidates.Count; i++)
        {
            string[] words = _clusters.Folder.WordsOf(_candidates[i]);
            _candidateWords.Add(words);
            if (words.Length >= 2)
            {
                _candidateByHead.TryAdd(words[^1], i);
            }
        }

        CollectPersons();
    }

    public List<Claim> Resolve(out List<EntityCluster> frozen, out int[] ids)
    {
        List<DraftClaim> drafts = _doc.Drafts;
        var order = new int[drafts.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => drafts[a].Anchor != drafts[b].Anchor ? drafts[a].Anchor.CompareTo(drafts[b].Anchor) : a.CompareTo(b));
        var groups = new int[drafts.Count];
        var speakers = new Mention[drafts.Count];
        int lastSpeaker = -1;
        int lastPerson = -1;
        int lastGroup = -1;
        int lastAnchor = -1;
        var history = new List<int>();
        foreach (int d in order)
        {
            DraftClaim draft = drafts[d];
            Mention mention = draft.Speaker;
            int group = -1;
            if (draft.SpeakerFromNext)
            {
                groups[d] = -1;
                speakers[d] = Mention.Nothing;
                continue;
            }

            if (draft.SharesSpeakerOf >= 0 && draft.SharesSpeakerOf != d)
            {
                mention = speakers[draft.SharesSpeakerOf];
                group = groups[draft.SharesSpeakerOf];
            }
            else
            {
                switch (mention.Kind)
                {
                    case MentionKind.Name:
                        mention = RefineWithEntity(mention);
                        group = GroupOfName(mention.Span, mention.LinkedName);
                        break;
                    case MentionKind.Description:
                        group = GroupOfDescription(mention, lastPerson);
                        break;
                    case MentionKind.Pronoun:
                        Gender wanted = GenderOf(mention);
                        group = RecentPerson(draft, lastAnchor, out bool sameSentence);
                        if (group >= 0 && !sameSentence && !Compatible(group, wanted))
                        {
                            group = -1;
                        }

                        group = group >= 0 ? group : LatestCompatibleSpeaker(history, wanted);
                        group = group >= 0 ? group : lastPerson >= 0 ? lastPerson : NearestPersonBefore(draft.Anchor);
                        group = group >= 0 ? group : NearestCandidateBefore(draft.Anchor);
                        break;
                    case MentionKind.GroupPronoun:
                        group = lastGroup;
                        break;
                    case MentionKind.None:
                        group = RecentPerson(draft, lastAnchor, out _);
                        group = group >= 0 ? group : lastSpeaker;
                        break;
                    default:
                        break;
                }
            }

            if (group >= 0)
            {
                if (mention.Exists && !_clusters.HasName(group, mention.Span))
                {
                    _clusters.AddMention(group, mention.Span);
                }

                _clusters.MarkSpeaker(group);
                Note(group, GenderOf(mention));
                history.Add(group);
                lastSpeaker = group;
                if (_clusters.LabelOf(group) == EntityLabel.Person)
                {
                    lastPerson = group;
                }
                else
                {
                    lastGroup = group;
                }
            }

            groups[d] = group;
            speakers[d] = mention;
            lastAnchor = Math.Max(lastAnchor, draft.Anchor);
        }

        // A sub-heading quotation speaks for the source of the claim that follows it.
        for (int i = 0; i < order.Length; i++)
        {
            if (drafts[order[i]].SpeakerFromNext)
            {
                for (int j = i + 1; j < order.Length && j <= i + 3 && groups[order[i]] < 0; j++)
                {
                    groups[order[i]] = drafts[order[j]].SpeakerFromNext ? -1 : groups[order[j]];
                }
            }
        }

        frozen = _clusters.Freeze(out ids);
        var claims = new List<Claim>(drafts.Count);
        for (int d = 0; d < drafts.Count; d++)
        {
            DraftClaim draft = drafts[d];
            int group = groups[d];
            int? cluster = group >= 0 && ids[group] >= 0 ? ids[group] : null;
            string? canonical = cluster is { } id ? frozen[id].Canonical : null;
            TextSpan? speaker = speakers[d].Exists && speakers[d].Kind != MentionKind.Relative ? speakers[d].Span : null;
            claims.Add(new Claim(draft.Kind, draft.Content, draft.Cue, speaker, canonical, cluster, draft.Rule));
        }

        claims.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : a.Content.End.CompareTo(b.Content.End));
        return claims;
    }

    /// <summary>Capitalised runs of the text, cut at titles (« Seattle Police Deputy Chief Eric Barden »), and the entity mentions.</summary>
    private void CollectNameCandidates()
    {
        Span<Entity> entities = _work.Entities.AsSpan();
        foreach (Entity entity in entities)
        {
            if (entity.Label is EntityLabel.Person or EntityLabel.Organization or EntityLabel.Location)
            {
                _candidates.Add(entity.Span);
            }
        }

        int n = _doc.WordCount;
        for (int i = 0; i < n; i++)
        {
            if (!_doc.IsNameWord(i) && !(_doc.Is(i, WordClass.Title) && _doc[i].Is(WordShape.Upper)))
            {
                continue;
            }

            int start = i;
            int end = i;
            while (end < n && (_doc.IsNameWord(end) || (_doc.Is(end, WordClass.Title) && _doc[end].Is(WordShape.Upper)) || (end > start && _doc.Is(end, WordClass.Particle) && _doc.IsNameWord(end + 1))))
            {
                end++;
            }

            int segment = start;
            for (int k = start; k <= end; k++)
            {
                if (k == end || _doc.Is(k, WordClass.Title | WordClass.Honorific))
                {
                    if (k > segment && _doc.IsNameWord(segment) && _doc.IsNameWord(k - 1) && !OverlapsEntity(_doc.SpanOf(segment, k)))
                    {
                        // Names the tagger missed (« ZelenskyDe » glued by noise) still count for spelling and grouping.
                        _candidates.Add(_doc.SpanOf(segment, k));
                    }

                    segment = k + 1;
                }
            }

            i = end;
        }
    }

    private bool OverlapsEntity(TextSpan span)
    {
        int i = FirstEntityEndingAfter(span.Start);
        return i < _entities.Length && _entities[i].Span.Start < span.End;
    }

    private Mention RefineWithEntity(Mention mention)
    {
        for (int i = FirstEntityEndingAfter(mention.Span.Start); i < _entities.Length && _entities[i].Span.Start < mention.Span.End; i++)
        {
            Entity entity = _entities[i];
            if (entity.Span.Overlaps(mention.Span) && entity.Label is EntityLabel.Person or EntityLabel.Organization or EntityLabel.Location)
            {
                // The tagger may glue a capitalised marker to the name (« Para Quiroga »): keep the mention's first word then.
                int start = entity.Span.Start < mention.Span.Start && !_doc.IsNameWord(WordAt(entity.Span.Start)) ? mention.Span.Start : entity.Span.Start;
                return mention with { Span = new TextSpan(start, Math.Max(entity.Span.End, start)) };
            }
        }

        return mention;
    }

    /// <summary>The index of the first entity (by start) whose end lies after <paramref name="offset"/>; entities do not nest.</summary>
    private int FirstEntityEndingAfter(int offset)
    {
        int lo = 0;
        int hi = _entities.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_entities[mid].Span.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int GroupOfName(TextSpan name, TextSpan? linked)
    {
        TextSpan key = linked ?? name;
        int group = _clusters.Find(key);
        if (group < 0)
        {
            group = _clusters.AddName(key, GuessLabel(key), labelIsKnown: false);
        }
        else
        {
            _clusters.AddName(key, GuessLabel(key), labelIsKnown: false);
        }

        if (linked is not null)
        {
            _clusters.AddMention(group, name);
        }

        PullCandidates(group, key);
        return group;
    }

    private void PullCandidates(int group, TextSpan name)
    {
        string[] words = _clusters.Folder.WordsOf(name);
        if (!_pulled.Add(string.Join(' ', words)))
        {
            return;
        }

        // A text packed with distinct names would make this quadratic: past the budget, spellings are not pulled in.
        _pullComparisons += _candidates.Count;
        if (_pullComparisons > ClusterSet.MaxComparisons)
        {
            return;
        }

        for (int i = 0; i < _candidates.Count; i++)
        {
            TextSpan candidate = _candidates[i];
            if (!_clusters.HasName(group, candidate) && NameMatcher.SameEntity(words, _candidateWords[i]) && _clusters.Find(candidate) == group)
            {
                _clusters.AddName(candidate, _clusters.LabelOf(group), labelIsKnown: false);
            }
        }
    }

    private int GroupOfDescription(Mention mention, int lastPerson)
    {
        if (mention.LinkedName is { } linked)
        {
            int group = GroupOfName(linked, null);
            _clusters.SetLabelIfUnknown(group, EntityLabel.Organization);
            return group;
        }

        // A named group whose head noun the description repeats: « police » → « Seattle Police ».
        string head = LastWordOf(mention.Span);
        if (_candidateByHead.TryGetValue(head, out int found))
        {
            int group = GroupOfName(_candidates[found], null);
            _clusters.SetLabelIfUnknown(group, EntityLabel.Organization);
            return group;
        }

        for (int k = mention.First; k < mention.End; k++)
        {
            if (_doc.Is(k, WordClass.Title))
            {
                // « the mayor » after « Mayor Linda Ortiz »: the person the text gave that title, else the latest person who spoke.
                int titled = PersonTitled(k);
                return titled >= 0 ? titled : lastPerson;
            }
        }

        // « the company », « l'agence »: an organisation's head noun alone stands for the organisation just named.
        for (int k = mention.First; k < mention.End; k++)
        {
            if (_doc.Is(k, WordClass.OrgHead) && !_doc[k].Is(WordShape.Upper))
            {
                return NearestOrganizationBefore(mention.First);
            }
        }

        return -1;
    }

    /// <summary>
    /// The latest person before word <paramref name="title"/> whom the text introduced with the same title word
    /// (« Mayor Linda Ortiz », « la ministre de l'Industrie, Sophie Lacaze »), or -1.
    /// </summary>
    private int PersonTitled(int title)
    {
        ReadOnlySpan<char> wanted = _doc.TextOf(title);
        int lo = PersonsBefore(_doc[title].Start);

        // The persons before the title, latest first; a bounded look-back keeps the whole linear.
        for (int i = lo - 1; i >= 0 && lo - i <= MaxLookBack; i--)
        {
            TextSpan person = _persons[i];

            int first = WordAt(person.Start);
            int sentence = _doc.SentenceOf(first);
            for (int k = first - 1; k >= 0 && first - k <= 6 && _doc.SentenceOf(k) == sentence; k--)
            {
                if (_doc.Is(k, WordClass.Title) && _doc.TextOf(k).Equals(wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return InsideClaimedText(person) ? -1 : GroupOfName(person, null);
                }

                if (_doc[k].Is(WordShape.Terminal) || _doc.IsVerbAt(k) || _doc.Is(k, WordClass.Aux))
                {
                    break;
                }
            }
        }

        return -1;
    }

    /// <summary>How many of the persons (sorted by start) start before <paramref name="position"/>.</summary>
    private int PersonsBefore(int position)
    {
        int lo = 0;
        int hi = _persons.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_persons[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The organisation entity named last before word <paramref name="word"/> in the two sentences before it, or -1.</summary>
    private int NearestOrganizationBefore(int word)
    {
        int position = _doc[word].Start;
        int floor = _doc[_doc.Sentences[Math.Max(0, _doc.SentenceOf(word) - 2)].First].Start;
        int from = FirstEntityEndingAfter(position) - 1;
        for (int i = from; i >= 0 && _entities[i].Span.Start >= floor && from - i < MaxLookBack; i--)
        {
            if (_entities[i].Label == EntityLabel.Organization && _entities[i].Span.End <= position && !_doc.InsideQuote(WordAt(_entities[i].Span.Start)))
            {
                return GroupOfName(_entities[i].Span, null);
            }
        }

        return -1;
    }

    private string LastWordOf(TextSpan span)
    {
        string[] words = _clusters.Folder.WordsOf(span);
        return words.Length > 0 ? words[^1] : string.Empty;
    }

    private int NearestPersonBefore(int anchor)
    {
        int position = anchor < _doc.WordCount ? _doc[anchor].Start : _doc.Text.Length;
        for (int i = FirstEntityEndingAfter(position) - 1; i >= 0; i--)
        {
            if (_entities[i].Label == EntityLabel.Person && _entities[i].Span.End <= position)
            {
                return GroupOfName(_entities[i].Span, null);
            }
        }

        return -1;
    }

    /// <summary>
    /// A person named since the previous claim, in this sentence or the one before, outside quotations and claimed
    /// content (« Local councillor Priya Shah disagreed. She said … »), or -1.
    /// </summary>
    private int RecentPerson(DraftClaim draft, int lastAnchor, out bool sameSentence)
    {
        sameSentence = false;
        int anchor = draft.Anchor;
        int position = anchor < _doc.WordCount ? _doc[anchor].Start : _doc.Text.Length;
        int floorSentence = Math.Max(0, draft.Sentence - 1);
        int floor = Math.Max(lastAnchor >= 0 && lastAnchor < _doc.WordCount ? _doc[lastAnchor].End : 0, _doc[_doc.Sentences[floorSentence].First].Start);
        int before = PersonsBefore(position);
        for (int i = before - 1; i >= 0 && before - i <= MaxLookBack; i--)
        {
            TextSpan person = _persons[i];
            if (person.Start < floor)
            {
                break;
            }

            if (!InsideClaimedText(person))
            {
                sameSentence = _doc.SentenceAt(person.Start) == draft.Sentence;
                return GroupOfName(person, null);
            }
        }

        return -1;
    }

    private enum Gender
    {
        Unknown,
        Masculine,
        Feminine,
    }

    /// <summary>
    /// The grammatical gender a mention shows: a pronoun, an honorific before a name (<c>Mme</c>, <c>Mr.</c>), or a
    /// description's article (<c>la ministre</c>, <c>el canciller</c>).
    /// </summary>
    private Gender GenderOf(Mention mention)
    {
        if (!mention.Exists)
        {
            return Gender.Unknown;
        }

        int first = WordAt(mention.Span.Start);
        ReadOnlySpan<char> head = _doc.TextOf(first);
        if (mention.Kind == MentionKind.Pronoun)
        {
            head = head.TrimStart('-');
            return IsAny(head, "il", "he", "t-il", SpanishHe, "lui", "him") ? Gender.Masculine : IsAny(head, "elle", "she", "t-elle", "ella", "her") ? Gender.Feminine : Gender.Unknown;
        }

        int before = first - 1;
        if (before >= 0 && _doc.IsChar(before, '.'))
        {
            before--;
        }

        if (mention.Kind == MentionKind.Name && before >= 0 && _doc.Is(before, WordClass.Honorific))
        {
            ReadOnlySpan<char> title = _doc.TextOf(before);
            return IsAny(title, "mme", "mlle", "madame", "mrs", "ms", "miss", "sra", "srta", SpanishDona, SpanishDnaAbbreviation) ? Gender.Feminine
                : IsAny(title, "m", "monsieur", "mr", "sr", "don", "d") ? Gender.Masculine : Gender.Unknown;
        }

        if (mention.Kind == MentionKind.Description)
        {
            return IsAny(head, "la", "une", "cette", "una", "esta", "esa") ? Gender.Feminine
                : IsAny(head, "le", "un", "ce", "cet", "el", "este", "ese") ? Gender.Masculine : Gender.Unknown;
        }

        return Gender.Unknown;
    }

    private static bool IsAny(ReadOnlySpan<char> word, params string[] options)
    {
        foreach (string option in options)
        {
            if (word.Equals(option, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void Note(int group, Gender gender)
    {
        (int m, int f) = _genders.TryGetValue(group, out (int, int) seen) ? seen : (0, 0);
        _genders[group] = gender switch
        {
            Gender.Masculine => (m + 1, f),
            Gender.Feminine => (m, f + 1),
            _ => (m, f),
        };
    }

    /// <summary>Unknown on either side is compatible; otherwise the group's majority gender must agree.</summary>
    private bool Compatible(int group, Gender wanted)
    {
        if (wanted == Gender.Unknown || !_genders.TryGetValue(group, out (int Masculine, int Feminine) seen) || seen.Masculine == seen.Feminine)
        {
            return true;
        }

        return (seen.Feminine > seen.Masculine) == (wanted == Gender.Feminine);
    }

    private int LatestCompatibleSpeaker(List<int> history, Gender wanted)
    {
        for (int i = history.Count - 1; i >= 0 && history.Count - i <= 8; i--)
        {
            if (_clusters.LabelOf(history[i]) == EntityLabel.Person && Compatible(history[i], wanted))
            {
                return history[i];
            }
        }

        return -1;
    }

    private bool InsideClaimedText(TextSpan span)
    {
        if (_doc.InsideQuote(WordAt(span.Start)))
        {
            return true;
        }

        foreach (int d in _doc.DraftsIn(_doc.SentenceAt(span.Start)))
        {
            if (_doc.Drafts[d].Content.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Person names in text order: PER entities, and without a tagger, capitalised runs that look like a person's name.</summary>
    private void CollectPersons()
    {
        foreach (Entity entity in _entities)
        {
            if (entity.Label == EntityLabel.Person)
            {
                _persons.Add(entity.Span);
            }
        }

        // Surnames of the people named in full: a lone « Zelensky » glued to noise is still a person.
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (TextSpan person in _persons)
        {
            string[] words = _clusters.Folder.WordsOf(person);
            if (words.Length >= 2)
            {
                surnames.Add(words[^1]);
            }
        }

        for (int i = 0; i < _candidateWords.Count; i++)
        {
            if (_candidateWords[i].Length >= 2 && _candidateWords[i].Length <= 4 && !OverlapsEntity(_candidates[i]))
            {
                surnames.Add(_candidateWords[i][^1]);
            }
        }

        for (int i = 0; i < _candidates.Count; i++)
        {
            bool knownSurname = _candidateWords[i].Length == 1 && IsKnownSurname(surnames, _candidateWords[i][0]);
            if (OverlapsEntity(_candidates[i]) || (!knownSurname && _candidateWords[i].Length < 2) || _candidateWords[i].Length > 4 || GuessLabel(_candidates[i]) != EntityLabel.Person)
            {
                continue;
            }

            int first = WordAt(_candidates[i].Start);
            bool particle = false;
            for (int w = first; w < _doc.WordCount && _doc[w].End <= _candidates[i].End; w++)
            {
                particle |= _doc.Is(w, WordClass.Particle);
            }

            if (!particle && !(first > 0 && _doc.Is(first - 1, WordClass.Preposition | WordClass.Particle | WordClass.Fused)))
            {
                _persons.Add(_candidates[i]);
            }
        }

        _persons.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static bool IsKnownSurname(HashSet<string> surnames, string word)
    {
        if (surnames.Contains(word))
        {
            return true;
        }

        foreach (string surname in surnames)
        {
            if (NameMatcher.Similar(surname, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Without entities: the nearest capitalised name before the cue, outside quotations.</summary>
    private int NearestCandidateBefore(int anchor)
    {
        if (_entities.Length > 0)
        {
            return -1;
        }

        int position = anchor < _doc.WordCount ? _doc[anchor].Start : _doc.Text.Length;
        for (int i = _candidates.Count - 1; i >= 0; i--)
        {
            TextSpan candidate = _candidates[i];
            if (candidate.End <= position && !_doc.InsideQuote(WordAt(candidate.Start)) && GuessLabel(candidate) == EntityLabel.Person)
            {
                return GroupOfName(candidate, null);
            }
        }

        return -1;
    }

    private int WordAt(int offset) => _doc.WordAt(offset);

    private EntityLabel GuessLabel(TextSpan name)
    {
        int i = FirstEntityEndingAfter(name.Start);
        if (i < _entities.Length && _entities[i].Span.Overlaps(name))
        {
            return _entities[i].Label;
        }

        for (int w = WordAt(name.Start); w < _doc.WordCount && _doc[w].End <= name.End; w++)
        {
            if (_doc.Is(w, WordClass.OrgHead))
            {
                return EntityLabel.Organization;
            }
        }

        ReadOnlySpan<char> text = _doc.Text.AsSpan(name.Start, name.Length);
        bool allUpper = text.Length >= 2;
        foreach (char c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                allUpper = false;
                break;
            }
        }

        return allUpper ? EntityLabel.Organization : EntityLabel.Person;
    }
}
