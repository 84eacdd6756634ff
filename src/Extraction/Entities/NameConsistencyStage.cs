using Extraction.Claims;
using Extraction.Pipeline;
using Extraction.Tokenization;

namespace Extraction.Entities;

/// <summary>
/// The document-level rules after the tagger (docs/decisions/ner-model.md, "Third round"), in order: spans the
/// guidelines fix (leading starters and titles out, hyphen-joined names whole, quoted titles of works, datelines,
/// honorifics, an organisation with its place), labels a name's own words give (organisation heads and endings, law
/// nouns, a first name after a function title), names that are none (portfolios, institutions alone), labels that a
/// describing noun gives (<see cref="EntityContext"/>), long names run to the acronym that spells them, and then
/// consistency: an untagged run of tokens written exactly like a capitalised name the tagger found elsewhere in the
/// document gets that name's label, and a person's last name standing alone (<c>Zelensky</c> after
/// <c>Volodymyr Zelensky</c>) is a person. News repeats its names where a sentence-by-sentence model reads them less
/// well: headlines, sentence starts, credit lines, text glued by noise. A string tagged with two different labels in
/// the document is left alone, and so is a match that runs into a longer capitalised name (<c>Zelensky
/// Foundation</c>, <c>Jean Zelensky</c>).
/// </summary>
internal sealed class NameConsistencyStage(Language language) : IStage
{
    /// <summary>Names longer than this many tokens are not propagated.</summary>
    internal const int MaxTokens = 6;

    private const int MinLength = 2;

    // Articles and fused articles that may begin a name.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_articles =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["Le", "La", "Les", "L'", "L’", "Un", "Une", "Des", "Au", "Aux", "Du", "De", "El", "Los", "Las", "Unos", "Unas", "Una", "The"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly LanguageRules _rules = LanguageRules.For(language);
    private readonly EntityContext _context = EntityContext.For(language);

    /// <summary>True for an article or a fused article that may begin a name (<c>Le</c>, <c>El</c>, <c>The</c>).</summary>
    internal static bool IsArticle(ReadOnlySpan<char> word) => s_articles.Contains(word);

    public string Name => nameof(NameConsistencyStage);

    public Layers Reads => Layers.Tokens | Layers.Sentences | Layers.Entities;

    public Layers Writes => Layers.Entities;

    public void Run(Annotations work, CancellationToken cancellationToken)
    {
        PooledList<Entity> entities = work.Entities;
        string text = work.Text;
        ReadOnlySpan<Token> tokens = work.Tokens.AsSpan();
        _context.AddDemonyms(text, tokens, entities);
        EntityContext.AddSocialNetworkX(text, tokens, entities);
        if (entities.Count == 0)
        {
            return;
        }

        TrimStartersAndTails(text, tokens, entities);
        EntityContext.TrimSportSlugs(text, tokens, entities);
        TrimSentencePeriods(text, work.Sentences.AsSpan(), entities);
        NameListStage known = NameListStage.Known(language);
        Func<TextSpan, bool> isKnown = span => known.Contains(text.AsSpan(span.Start, span.Length));
        _context.FixSpans(text, tokens, entities, isKnown);
        _context.SplitPlacePairs(text, entities, name => known.Contains(name, EntityLabel.Location));
        _context.SplitKnownNameFromPerson(text, tokens, entities, known);
        EntityContext.SplitKnownNameLists(text, tokens, entities, known);
        _context.SplitLeadingDemonyms(text, tokens, entities);
        _context.LabelPeopleNamedLikePlaces(text, tokens, entities);
        _context.LabelQuotedTitles(text, tokens, entities);
        _context.JoinAcrossWords(text, tokens, entities);
        EntityContext.JoinBracketedLawNames(text, tokens, entities);
        LabelDatelines(text, tokens, entities);
        WordClassTable words = ClaimWords.For(language).Classes;
        _context.LabelByOwnWords(text, tokens, entities, word => words.Is(word, WordClass.Title), entity => known.Contains(text.AsSpan(entity.Span.Start, entity.Span.Length), entity.Label));

        // After the government reading of a place ("Ottawa said"): in a sports report, a place that plays is its team.
        TeamNames.For(language).Relabel(text, tokens, entities);
        _context.SplitPossessives(text, tokens, entities);
        _context.DropNonNames(text, tokens, entities, isKnown);
        _context.AddDescribedNames(text, tokens, entities);
        _context.AddNamesWithEndings(text, tokens, entities);
        Dictionary<string, EntityLabel>? described = null;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            if (_context.LeadingDescriptor(text, tokens, entity.Span) is { } trimmed)
            {
                entity = new Entity(new TextSpan(trimmed.Start, entity.Span.End), trimmed.Label);
            }
            else if (Characters.IsUpper(text[entity.Span.Start]) && _context.DescribedLabel(text, tokens, entity.Span, out bool linked) is EntityLabel label)
            {
                // Recorded even when the tagger agreed, so that the document's other mentions follow.
                entity = entity with { Label = label };
                if (linked)
                {
                    entities[e] = entity;
                    continue;
                }
            }
            else
            {
                continue;
            }

            entities[e] = entity;
            (described ??= new Dictionary<string, EntityLabel>(StringComparer.Ordinal))[text.Substring(entity.Span.Start, entity.Span.Length)] = entity.Label;
        }

        // A company named in full with its trade or legal form is then called by its first word ("Beacon Therapeutics"
        // ... "Beacon said"): that word is the company wherever the story uses it.
        foreach (string shortName in _context.CompanyShortNames(text, tokens, entities.AsSpan()))
        {
            (described ??= new Dictionary<string, EntityLabel>(StringComparer.Ordinal)).TryAdd(shortName, EntityLabel.Organization);
        }

        ExtendToAcronyms(text, tokens, entities);
        _context.ExtendCoordinatedNames(text, tokens, entities, isKnown);
        LabelAcronyms(text, tokens, entities);
        LabelSurnamesAsPeople(text, tokens, entities, known);
        Dictionary<string, EntityLabel?> names = CollectNames(text, tokens, entities.AsSpan());
        if (described is not null)
        {
            // A described name is so wherever the document names it ("le groupe Vernier" ... "Vernier a annoncé").
            foreach ((string name, EntityLabel label) in described)
            {
                names[name] = label;
            }

            for (int e = 0; e < entities.Count; e++)
            {
                if (described.TryGetValue(text.Substring(entities[e].Span.Start, entities[e].Span.Length), out EntityLabel label))
                {
                    entities[e] = entities[e] with { Label = label };
                }
            }
        }

        if (names.Count == 0)
        {
            return;
        }

        Dictionary<string, EntityLabel?>.AlternateLookup<ReadOnlySpan<char>> lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<TextSpan> sentences = work.Sentences.AsSpan();
        ReadOnlySpan<Entity> tagged = entities.AsSpan();
        List<Entity>? found = null;
        int next = 0;        // the first tagged entity that does not end before token i
        int sentence = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (next < tagged.Length && tagged[next].Span.End <= tokens[i].Start)
            {
                next++;
            }

            int limit = next < tagged.Length ? tagged[next].Span.Start : int.MaxValue;
            if (tokens[i].Start >= limit || !Characters.IsUpper(text[tokens[i].Start]))
            {
                continue;
            }

            while (sentence < sentences.Length && sentences[sentence].End <= tokens[i].Start)
            {
                sentence++;
            }

            for (int j = Math.Min(tokens.Length - 1, i + MaxTokens - 1); j >= i; j--)
            {
                if (tokens[j].End > limit || !lookup.TryGetValue(text.AsSpan(tokens[i].Start, tokens[j].End - tokens[i].Start), out EntityLabel? label) || label is null)
                {
                    continue;
                }

                if (RunsIntoName(text, tokens, i - 1, sentences, sentence) || RunsIntoName(text, tokens, j + 1, sentences, sentence))
                {
                    break;
                }

                (found ??= []).Add(new Entity(new TextSpan(tokens[i].Start, tokens[j].End), label.Value));
                i = j;
                break;
            }
        }

        if (found is not null)
        {
            EntityMerge.Interleave(entities, found);
        }
    }

    /// <summary>
    /// A one-letter name that ends its sentence does not take the full stop the tokenizer read as an initial's
    /// (<c>a réagi sur X.</c> → <c>X</c>, the social network); a person's initial keeps it.
    /// </summary>
    private static void TrimSentencePeriods(string text, ReadOnlySpan<TextSpan> sentences, PooledList<Entity> entities)
    {
        int sentence = 0;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            TextSpan span = entity.Span;
            if (entity.Label == EntityLabel.Person || span.Length != 2 || text[span.End - 1] != '.' || !Characters.IsUpper(text[span.Start]))
            {
                continue;
            }

            while (sentence < sentences.Length && sentences[sentence].End < span.End)
            {
                sentence++;
            }

            if (sentence < sentences.Length && sentences[sentence].End == span.End)
            {
                entities[e] = entity with { Span = new TextSpan(span.Start, span.End - 1) };
            }
        }
    }

    /// <summary>
    /// A name does not begin with a capitalised preposition, adverb or pronoun that starts its sentence
    /// (<c>Según Etxeberria de Zabala</c> → <c>Etxeberria de Zabala</c>), and such a word alone is no name
    /// (<c>"Nadie se quedará…"</c>); articles stay at the start, as they may belong to the name (<c>Le Monde</c>,
    /// <c>El País</c>, <c>The Guardian</c>), except the English indefinite one (<c>A High Court judge</c>); nor does it end
    /// with a page word or sentence starter glued to its last word (<c>OñateLea también</c>).
    /// </summary>
    private void TrimStartersAndTails(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        int kept = 0;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            TextSpan span = entity.Span;
            int k = TokenSearch.FirstAt(tokens, span.Start);
            if (k < tokens.Length && tokens[k].Start == span.Start && language == Language.English && tokens[k].End < span.End
                && text.AsSpan(tokens[k].Start, tokens[k].Span.Length) is "A" or "An")
            {
                // An English name never begins with the indefinite article (A High Court judge, An Ofcom report).
                entity = entity with { Span = new TextSpan(tokens[k + 1].Start, span.End) };
            }
            else if (k < tokens.Length && tokens[k].Start == span.Start && _rules.IsSentenceStarter(text.AsSpan(tokens[k].Start, tokens[k].Span.Length)))
            {
                if (tokens[k].End >= span.End)
                {
                    continue;
                }

                if (!s_articles.Contains(text.AsSpan(tokens[k].Start, tokens[k].Span.Length)))
                {
                    entity = entity with { Span = new TextSpan(tokens[k + 1].Start, span.End) };
                }
            }

            // A page word or sentence starter the tokenizer cut off the last word of a name of several words belongs
            // to the next line (Laura Bastida OñateLea también → Laura Bastida Oñate; a one-word brand stays whole).
            int last = TokenSearch.LastWithin(tokens, k, entity.Span.End);
            if (last > k + 1 && last < tokens.Length && tokens[last].End == entity.Span.End && tokens[last].Start == tokens[last - 1].End
                && tokens[last].Start > entity.Span.Start && _rules.IsGluedTail(text.AsSpan(tokens[last].Start, tokens[last].Span.Length)))
            {
                entity = entity with { Span = new TextSpan(entity.Span.Start, tokens[last - 1].End) };
            }

            entities[kept++] = entity;
        }

        entities.Truncate(kept);
    }

    /// <summary>
    /// The place of a dateline is a place (<c>ZARAGOZA, 3 dic (EFE).-</c>, <c>LYON, 3 décembre (AFP) -</c>,
    /// <c>MONTERREY (México), 12 ago (EFE).-</c>): words in capitals that start a line, perhaps a country in brackets,
    /// then a comma and, on the same line within a few tokens, a source in brackets.
    /// </summary>
    private static void LabelDatelines(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        const int MaxPlaceTokens = 4;
        const int MaxToSource = 8;
        List<Entity>? found = null;
        for (int i = 0; i < tokens.Length; i++)
        {
            if ((i > 0 && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).IndexOf('\n') < 0) || !SentenceSplitter.IsCapitals(text, tokens[i]))
            {
                continue;
            }

            int end = i;
            while (end + 1 < tokens.Length && end - i + 1 < MaxPlaceTokens && (SentenceSplitter.IsCapitals(text, tokens[end + 1]) || IsChar(text, tokens[end + 1], '-'))
                && text.AsSpan(tokens[end].End, tokens[end + 1].Start - tokens[end].End).IndexOf('\n') < 0)
            {
                end++;
            }

            // The place may carry its country in brackets before the comma (MONTERREY (México), 12 ago (EFE).-).
            int comma = end + 1;
            if (comma < tokens.Length && IsChar(text, tokens[comma], '('))
            {
                int close = comma + 1;
                while (close < tokens.Length && close <= comma + MaxPlaceTokens && !IsChar(text, tokens[close], ')'))
                {
                    close++;
                }

                comma = close + 1;
            }

            if (comma >= tokens.Length || !IsChar(text, tokens[comma], ','))
            {
                continue;
            }

            for (int k = comma + 1; k + 2 < tokens.Length && k <= comma - 1 + MaxToSource; k++)
            {
                if (text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).IndexOf('\n') >= 0)
                {
                    break;
                }

                if (IsChar(text, tokens[k], '(') && Characters.IsUpper(text[tokens[k + 1].Start]) && IsChar(text, tokens[k + 2], ')'))
                {
                    (found ??= []).Add(new Entity(new TextSpan(tokens[i].Start, tokens[end].End), EntityLabel.Location));
                    break;
                }
            }
        }

        if (found is not null)
        {
            // The dateline's place replaces whatever the tagger made of it.
            EntityMerge.Replace(entities, found);
        }
    }

    /// <summary>
    /// A long name that the tagger cut at its first lower-case words runs to the acronym in brackets that spells it
    /// (<c>[Fédération du commerce] et de la distribution (FCD)</c> → the whole name; <c>Grand Port maritime de
    /// Marseille (GPMM)</c>): the acronym's letters are the initials of the name's words, in order. A place so
    /// extended is an organisation.
    /// </summary>
    private static void ExtendToAcronyms(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        const int MaxExtension = 14;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            if (entity.Label == EntityLabel.Person || !Characters.IsUpper(text[entity.Span.Start]))
            {
                continue;
            }

            int k = TokenSearch.FirstAt(tokens, entity.Span.End);
            if (k < tokens.Length && tokens[k].Start < entity.Span.End)
            {
                // The name ends inside a token ("Netflix's"): nothing follows it to extend over.
                continue;
            }

            for (int j = k; j + 2 < tokens.Length && j < k + MaxExtension; j++)
            {
                Token token = tokens[j];
                if (token.Kind != TokenKind.Word && !(token.Kind == TokenKind.Punctuation && Characters.IsHyphen(text[token.Start])))
                {
                    if (j == k && IsChar(text, token, '(') && IsChar(text, tokens[j + 2], ')') && tokens[j + 1].Kind == TokenKind.Word)
                    {
                        ExtendBackToAcronym(text, tokens, entities, e, text.AsSpan(tokens[j + 1].Start, tokens[j + 1].Span.Length));
                    }

                    if (j > k && IsChar(text, token, '(') && IsChar(text, tokens[j + 2], ')') && tokens[j + 1].Kind == TokenKind.Word
                        && SpellsInitials(text.AsSpan(tokens[j + 1].Start, tokens[j + 1].Span.Length), text.AsSpan(entity.Span.Start, tokens[j - 1].End - entity.Span.Start)))
                    {
                        var span = new TextSpan(entity.Span.Start, tokens[j - 1].End);
                        EntityLabel label = entity.Label == EntityLabel.Location ? EntityLabel.Organization : entity.Label;
                        entities[e] = new Entity(span, label);
                        int kept = e + 1;
                        for (int f = e + 1; f < entities.Count; f++)
                        {
                            if (!span.Contains(entities[f].Span))
                            {
                                entities[kept++] = entities[f];
                            }
                        }

                        entities.Truncate(kept);
                    }

                    break;
                }

                if (text.AsSpan(tokens[j - 1].End, token.Start - tokens[j - 1].End).IndexOf('\n') >= 0)
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A name whose first words the tagger left out, before its acronym: <c>Operador del [Mercado Ibérico de
    /// Energía] (OMIE)</c> starts at <c>Operador</c>, the capitalised word whose initial the acronym needs.
    /// </summary>
    private static void ExtendBackToAcronym(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities, int e, ReadOnlySpan<char> acronym)
    {
        const int MaxBack = 4;
        Entity entity = entities[e];
        ReadOnlySpan<char> name = text.AsSpan(entity.Span.Start, entity.Span.Length);
        if (SpellsInitials(acronym, name) || !Characters.IsUpper(acronym[0]))
        {
            return;
        }

        int first = TokenSearch.FirstAt(tokens, entity.Span.Start);
        int previousEnd = e > 0 ? entities[e - 1].Span.End : 0;
        for (int b = first - 1; b >= 0 && b >= first - MaxBack && tokens[b].Start >= previousEnd && tokens[b].Kind == TokenKind.Word; b--)
        {
            if (Characters.IsUpper(text[tokens[b].Start]) && SpellsInitials(acronym, text.AsSpan(tokens[b].Start, entity.Span.End - tokens[b].Start)))
            {
                entities[e] = entity with { Span = new TextSpan(tokens[b].Start, entity.Span.End) };
                return;
            }
        }
    }

    /// <summary>
    /// True when the letters of <paramref name="acronym"/> (<c>FCD</c>, <c>Ademe</c>) are, in order, initials of words
    /// of <paramref name="name"/>, the first one its first word's, and the acronym is not shorter than two letters.
    /// </summary>
    internal static bool SpellsInitials(ReadOnlySpan<char> acronym, ReadOnlySpan<char> name)
    {
        if (acronym.Length is < 2 or > 10 || !Characters.IsUpper(acronym[0]))
        {
            return false;
        }

        int a = 0;
        bool wordStart = true;
        foreach (char c in name)
        {
            if (!Characters.IsLetter(c))
            {
                wordStart = true;
                continue;
            }

            if (wordStart && a < acronym.Length && char.ToUpperInvariant(RemoveAccent(c)) == char.ToUpperInvariant(acronym[a]))
            {
                a++;
            }
            else if (a == 0)
            {
                return false;
            }

            wordStart = false;
        }

        return a == acronym.Length;
    }

    /// <summary>
    /// An acronym in brackets right after a name is that name's short form and takes its label
    /// (<c>Association des maires de France (AMF)</c>, <c>World Food Programme (WFP)</c>) when its letters spell the
    /// name (<see cref="Abbreviates"/>), so a dateline's <c>KIEV (AFP)</c> is left alone.
    /// </summary>
    private static void LabelAcronyms(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        List<Entity>? found = null;
        int count = entities.Count;
        for (int e = 0; e < count; e++)
        {
            Entity entity = entities[e];
            int k = TokenSearch.FirstAt(tokens, entity.Span.End);
            if (k + 2 >= tokens.Length || tokens[k].Start < entity.Span.End || !IsChar(text, tokens[k], '(') || !IsChar(text, tokens[k + 2], ')'))
            {
                continue;
            }

            var span = new TextSpan(tokens[k + 1].Start, tokens[k + 1].End);
            if (!Abbreviates(text.AsSpan(span.Start, span.Length), text.AsSpan(entity.Span.Start, entity.Span.Length)))
            {
                continue;
            }

            if (e + 1 < count && entities[e + 1].Span.Overlaps(span))
            {
                entities[e + 1] = entities[e + 1] with { Span = span, Label = entity.Label };
            }
            else
            {
                (found ??= []).Add(new Entity(span, entity.Label));
            }
        }

        if (found is not null)
        {
            EntityMerge.Interleave(entities, found);
        }
    }

    private static bool IsChar(string text, Token token, char c) => token.Span.Length == 1 && text[token.Start] == c;

    /// <summary>
    /// True when <paramref name="acronym"/> (two to eight capitals or digits, or a capitalised word of four to eight
    /// letters) starts with the name's first letter and its letters appear in the name in order (<c>SIAL</c>:
    /// <c>Salon international de l'alimentation</c>; <c>Conagua</c>: <c>Comisión Nacional del Agua</c>).
    /// </summary>
    internal static bool Abbreviates(ReadOnlySpan<char> acronym, ReadOnlySpan<char> name)
    {
        if (acronym.Length is < 2 or > 8 || name.Length <= acronym.Length || char.ToUpperInvariant(name[0]) != acronym[0])
        {
            return false;
        }

        int at = 0;
        foreach (char c in acronym)
        {
            if (Characters.IsDigit(c) || c == '&')
            {
                continue;
            }

            // Capitals (SIAL) or, after the first, lower-case letters (Conagua, Caintra: syllables of the name).
            if (!Characters.IsUpper(c) && !(Characters.IsLower(c) && acronym.Length >= 4))
            {
                return false;
            }

            char wanted = char.ToUpperInvariant(RemoveAccent(c));
            while (at < name.Length && char.ToUpperInvariant(RemoveAccent(name[at])) != wanted)
            {
                at++;
            }

            if (at++ >= name.Length)
            {
                return false;
            }
        }

        return true;
    }

    private static char RemoveAccent(char c) => c switch
    {
        'é' or 'è' or 'ê' or 'ë' or 'É' => 'e',
        'à' or 'â' or 'á' => 'a',
        'ô' or 'ó' => 'o',
        'î' or 'ï' or 'í' => 'i',
        'û' or 'ù' or 'ú' or 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        _ => c,
    };

    /// <summary>
    /// A one-word name that is the family name of a person the document names in full is that person wherever the
    /// tagger read it otherwise (<c>Julián Andrés Cárdenas</c> … <c>Cárdenas à 18 secondes</c>), and so are the last
    /// two words of a longer name (<c>Suu Kyi</c>), unless the name is a well-known one of the lists: one sense per
    /// story, even for a family name that is also a town (<c>Bob Dole</c> … <c>Dole said</c>).
    /// </summary>
    private static void LabelSurnamesAsPeople(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities, NameListStage known)
    {
        HashSet<string>? surnames = null;
        foreach (Entity entity in entities.AsSpan())
        {
            int first = TokenSearch.FirstAt(tokens, entity.Span.Start);
            int last = TokenSearch.LastWithin(tokens, first, entity.Span.End);
            if (entity.Label == EntityLabel.Person && last > first && last < tokens.Length && tokens[last].End == entity.Span.End
                && tokens[last].Span.Length >= MinLength && Characters.IsUpper(text[tokens[last].Start]))
            {
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(text.Substring(tokens[last].Start, tokens[last].Span.Length));
                if (last > first + 1 && Characters.IsUpper(text[tokens[last - 1].Start]))
                {
                    // A name of three words or more may be shortened to its last two (Aung San Suu Kyi → Suu Kyi).
                    surnames.Add(text.Substring(tokens[last - 1].Start, tokens[last].End - tokens[last - 1].Start));
                }
            }
        }

        if (surnames is null)
        {
            return;
        }

        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            ReadOnlySpan<char> name = text.AsSpan(entity.Span.Start, entity.Span.Length);
            if (entity.Label != EntityLabel.Person && lookup.Contains(name) && !known.Contains(name))
            {
                entities[e] = entity with { Label = EntityLabel.Person };
            }
        }
    }

    /// <summary>
    /// The strings to propagate: every tagged name that starts with a capital, and the last word of every
    /// person's name of two words or more; null marks a string seen with two labels.
    /// </summary>
    private static Dictionary<string, EntityLabel?> CollectNames(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Entity> entities)
    {
        var names = new Dictionary<string, EntityLabel?>(StringComparer.Ordinal);
        foreach (Entity entity in entities)
        {
            TextSpan span = entity.Span;
            if (span.Length < MinLength || !Characters.IsUpper(text[span.Start]))
            {
                continue;
            }

            int first = TokenSearch.FirstAt(tokens, span.Start);
            int last = TokenSearch.LastWithin(tokens, first, span.End);

            if (last - first + 1 > MaxTokens)
            {
                continue;
            }

            Add(names, text.Substring(span.Start, span.Length), entity.Label);
            Token surname = tokens[last];
            if (entity.Label == EntityLabel.Person && last > first && surname.Span.Length > MinLength && Characters.IsUpper(text[surname.Start]))
            {
                Add(names, text.Substring(surname.Start, surname.Span.Length), EntityLabel.Person);
            }
        }

        return names;
    }

    private static void Add(Dictionary<string, EntityLabel?> names, string name, EntityLabel label)
    {
        if (names.TryGetValue(name, out EntityLabel? known) && known != label)
        {
            names[name] = null;
        }
        else
        {
            names[name] = label;
        }
    }

    /// <summary>
    /// True when token <paramref name="k"/> is a capitalised word that would make the match part of a longer name:
    /// not a sentence starter (<c>Zelensky De son côté</c>), and not the first word of its sentence, capitalised for
    /// that reason (<c>Selon Zelensky</c>).
    /// </summary>
    private bool RunsIntoName(string text, ReadOnlySpan<Token> tokens, int k, ReadOnlySpan<TextSpan> sentences, int sentence)
    {
        if ((uint)k >= (uint)tokens.Length || tokens[k].Kind != TokenKind.Word || !Characters.IsUpper(text[tokens[k].Start]))
        {
            return false;
        }

        bool first = false;
        for (int s = Math.Max(0, sentence - 1); s < sentences.Length && s <= sentence + 1; s++)
        {
            first |= sentences[s].Start == tokens[k].Start;
        }

        return !first && !_rules.IsSentenceStarter(text.AsSpan(tokens[k].Start, tokens[k].Span.Length));
    }
}
