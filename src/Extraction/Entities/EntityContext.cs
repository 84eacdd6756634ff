using System.Collections.Frozen;
using Extraction.Pipeline;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Entities;

/// <summary>
/// Corrections from the words around a name that a sentence-window model weighs too little, from two lists per
/// language: a portfolio after a minister's title is not an entity (<c>ministre de l'Industrie</c>,
/// <c>consejero de Medio Ambiente</c>: GUIDELINES section 1), and a name described by an organisation noun next to it
/// takes the label the noun says (<c>la société lilloise Roulib</c>, <c>Halvorsen Bulk, a Norwegian shipowner</c>,
/// <c>la loi Egalim</c>, <c>le stade Francis-Le Blé</c>).
/// Immutable; one shared instance per language.
/// </summary>
internal sealed class EntityContext
{
    private const int MaxAdjectives = 2;

    // The most company short names one document is checked for (a news story names a handful).
    private const int MaxShortNames = 64;

    private static readonly Lazy<EntityContext>[] s_instances =
    [
        new(() => new EntityContext("fr")),
        new(() => new EntityContext("en")),
        new(() => new EntityContext("es")),
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_linkers =
        FrozenSet.ToFrozenSet(["de", "du", "des", "del", "d'", "d’", "l'", "l’", "la", "el", "à", "au", "aux", "of", "for", "para", "pour"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_listConjunctions =
        FrozenSet.ToFrozenSet(["and", "or", "et", "ou", "y", "o", "e"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_determiners =
        FrozenSet.ToFrozenSet(["le", "la", "l'", "l’", "les", "un", "une", "sa", "son", "el", "los", "una", "su", "the", "a", "an", "its", "jeune", "petite", "nouvelle", "joven", "pequeña", "young", "small"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that may follow the head noun of an apposition ("une PME de Landerneau", "a firm based in Oslo").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_heads =
        FrozenSet.ToFrozenSet(["de", "du", "des", "d'", "d’", "qui", "que", "dont", "basée", "basé", "installée", "installé", "fondée", "fondé", "spécialisée", "spécialisé", "créée", "créé", "en", "that", "which", "based", "founded", "in", "of", "from", "with", "del", "con", "fundada", "fundado", "creada", "creado", "especializada", "especializado", "y", "et", "and"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower-case words that cannot be adjectives between a describing noun and its name: auxiliaries (le groupe a racheté
    // Vernier), prepositions and conjunctions (le club joue en Ligue 1).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notAdjectives =
        FrozenSet.ToFrozenSet(
            ["a", "ont", "est", "sont", "était", "va", "ha", "han", "es", "son", "fue", "será", "en", "dans", "sur", "par", "avec", "chez", "vers", "entre",
             "et", "ou", "que", "qui", "con", "por", "sin", "sobre", "hacia", "desde", "y", "o"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Second halves of hyphenated words whose first half is a place (Vancouver-based).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_placeCompounds =
        FrozenSet.ToFrozenSet(["based", "born", "listed", "headquartered", "registered", "bound"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Organisation nouns that also name buildings and places (Stade de France, Centro Histórico): no relabelling.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_buildingHeads =
        FrozenSet.ToFrozenSet(["Stade", "Métropole", "Centre", "Centro", "Musée", "Museo", "Museum", "Muséum", "Hôpital", "Hospital", "Archives", "Olympique", "Nationalmuseum"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns that head the names of streets and squares (GUIDELINES: they keep their noun).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_streetHeads =
        FrozenSet.ToFrozenSet(["Plaza", "Calle", "Avenida", "Paseo", "Rambla", "Place", "Rue", "Avenue", "Boulevard", "Quai", "Cours"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // The same nouns written in lower case before a name (avenida Constitución, rue de Rivoli); "place" and "cours" are
    // left out, as "à la place de" and "au cours de" are no streets.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_streetNouns =
        FrozenSet.ToFrozenSet(["plaza", "calle", "avenida", "paseo", "rambla", "rue", "avenue", "boulevard", "quai"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // People named by where they work: "analysts at Piper Sandler", "analyste chez Oddo BHF".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_professions =
        FrozenSet.ToFrozenSet(
            ["analyst", "analysts", "economist", "economists", "strategist", "strategists", "researcher", "researchers", "engineer", "engineers", "executive",
             "executives", "partner", "director", "professor", "lecturer", "scientist", "scientists", "analyste", "analystes", "économiste", "économistes",
             "stratégiste", "ingénieur", "ingénieure", "directeur", "directrice", "associé", "associée", "chercheur", "chercheuse", "consultant", "consultante"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns that head the name of a law (the tagger often calls such a name an organisation).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lawNouns =
        FrozenSet.ToFrozenSet(["Loi", "Ley", "Décret", "Decreto", "Ordonnance"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Bodies named after their portfolios, which the tagger often cuts at each comma or "and".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_ministryHeads =
        FrozenSet.ToFrozenSet(["Department", "Ministry", "Committee", "Ministère", "Ministerio", "Secretaría", "Consejería", "Comisión", "Commission"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_coordinators =
        FrozenSet.ToFrozenSet(["and", "&", "et", "y", "e"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_honorifics =
        FrozenSet.ToFrozenSet(["M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Dr.", "Pr", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sr.", "Sra.", "Srta.", "D.", "Dña.", "don", "doña"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Letters written after a person's name that are not part of it (Simon Ackroyd-Bell KC, Jane Doe MP).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_postNominals =
        FrozenSet.ToFrozenSet(["KC", "QC", "MP", "MEP", "MSP", "OBE", "CBE", "MBE", "KBE", "DBE", "PhD"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_particles =
        FrozenSet.ToFrozenSet(["de", "d'", "d’", "du", "van", "von", "da", "del", "di"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _portfolioTitles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _notNames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _heads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _endings;
    private readonly int _adjectivesAfterNoun;

    // French and Spanish name organisations head first (Unión Industrial Argentina); an English place that begins with
    // an organisation noun is a building or a street (Parliament House, University Avenue).
    private readonly bool _namesHeadFirst;
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _firstNames;
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _surnames;
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _places;
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _demonyms;
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _nationalNames;
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _capitalisedDemonyms;
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _legalForms;
    private readonly LanguageRules _rules;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _workNouns;
    private readonly FrozenDictionary<string, EntityLabel>.AlternateLookup<ReadOnlySpan<char>> _descriptors;

    private EntityContext(string language)
    {
        _portfolioTitles = WordList.Load(language, "portfolio-titles.txt", ignoreCase: true).GetAlternateLookup<ReadOnlySpan<char>>();
        _notNames = WordList.Load(language, "not-names.txt", ignoreCase: false).GetAlternateLookup<ReadOnlySpan<char>>();
        _titles = WordList.Load(language, "person-titles.txt", ignoreCase: true).GetAlternateLookup<ReadOnlySpan<char>>();
        _heads = WordList.Load(language, "organisation-heads.txt", ignoreCase: false).GetAlternateLookup<ReadOnlySpan<char>>();
        _adjectivesAfterNoun = language == "en" ? 0 : MaxAdjectives;
        _namesHeadFirst = language != "en";
        _endings = WordList.Load(language, "organisation-endings.txt", ignoreCase: false).GetAlternateLookup<ReadOnlySpan<char>>();
        Language whose = LanguageCodes.Parse(language);
        _rules = LanguageRules.For(whose);
        _legalForms = new(() => GazetteerLexicon.Entries(whose, GazetteerKind.LegalForm).Select(e => e.TrimEnd('.'))
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());
        _firstNames = new(() => GazetteerLexicon.Entries(whose, GazetteerKind.FirstName).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>());
        _surnames = new(() => GazetteerLexicon.Entries(whose, GazetteerKind.Surname).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());
        _demonyms = new(() => GazetteerLexicon.Entries(whose, GazetteerKind.Nationality).Where(e => e.Length > 0 && char.IsLower(e[0]))
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

        _nationalNames = new(() => GazetteerLexicon.Entries(whose, GazetteerKind.Nationality).Where(e => e.Length > 0 && char.IsUpper(e[0]))
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

        // Capitalised demonyms that are no place and no given name: the capitalised entries, and the capitalised plural
        // of the lower-case ones (kurdes → les Kurdes; a singular such as picard is also a family name).
        _capitalisedDemonyms = new(() => GazetteerLexicon.Entries(whose, GazetteerKind.Nationality)
            .Select(e => e.Length > 1 && char.IsLower(e[0]) && e[^1] == 's' ? char.ToUpperInvariant(e[0]) + e[1..] : e)
            .Where(e => e.Length > 1 && char.IsUpper(e[0]) && !e.Contains(' ', StringComparison.Ordinal))
            .Except(GazetteerLexicon.Entries(whose, GazetteerKind.Country).Concat(GazetteerLexicon.Entries(whose, GazetteerKind.City))
                .Concat(GazetteerLexicon.Entries(whose, GazetteerKind.Region)).Concat(GazetteerLexicon.Entries(whose, GazetteerKind.FirstName))
                .Concat(GazetteerLexicon.Entries(whose, GazetteerKind.Surname)).Concat(GazetteerLexicon.Entries(whose, GazetteerKind.Organization)), StringComparer.Ordinal)
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

        // Places that are not also the name of a well-known organisation (Orange, the company and the town).
        _places = new(() => GazetteerLexicon.Entries(whose, GazetteerKind.Country).Concat(GazetteerLexicon.Entries(whose, GazetteerKind.City))
            .Except(GazetteerLexicon.Entries(whose, GazetteerKind.Organization), StringComparer.Ordinal)
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());
        _workNouns = WordList.Load(language, "work-nouns.txt", ignoreCase: true).GetAlternateLookup<ReadOnlySpan<char>>();
        var descriptors = new Dictionary<string, EntityLabel>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in WordList.Load(language, "entity-descriptors.txt", ignoreCase: false))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || !Serialization.Labels.TryParseEntity(line[..tab], out EntityLabel label))
            {
                throw new InvalidDataException($"Lexicons/{language}/entity-descriptors.txt: '{line}' is not LABEL<TAB>noun.");
            }

            descriptors[line[(tab + 1)..].Trim()] = label;
        }

        _descriptors = descriptors.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared instance of a language.</summary>
    public static EntityContext For(Language language) => s_instances[(int)language].Value;

    /// <summary>
    /// Removes the entities that are a capitalised common noun alone (<c>Gobierno</c>, <c>Ayuntamiento</c>:
    /// <c>not-names.txt</c>) or a portfolio right after a minister's title and a linking word, unless
    /// <paramref name="isKnown"/> says the name is a well-known one (<c>secrétaire général de l'ONU</c>).
    /// </summary>
    public void DropNonNames(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities, Func<TextSpan, bool> isKnown)
    {
        int kept = 0;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            int k = TokenSearch.FirstAt(tokens, entity.Span.Start);
            int j = BeforeLinkers(text, tokens, k);
            int linkers = k - 1 - j;

            // A nationality may stand between the title and its portfolio: "la ministre française de la Culture".
            bool titled = j >= 0 && (_portfolioTitles.Contains(Word(text, tokens[j]))
                || (j >= 1 && _demonyms.Value.Contains(Word(text, tokens[j])) && _portfolioTitles.Contains(Word(text, tokens[j - 1]))));
            bool portfolio = linkers > 0 && titled && !isKnown(entity.Span);
            if (!portfolio && !_notNames.Contains(text.AsSpan(entity.Span.Start, entity.Span.Length)))
            {
                entities[kept++] = entity;
            }
        }

        entities.Truncate(kept);
    }

    /// <summary>
    /// The label a common noun next to the name at <paramref name="span"/> gives it, or null: a noun right before it,
    /// with at most <see cref="MaxAdjectives"/> lower-case adjectives between in French and Spanish, none in English
    /// where adjectives come before the noun (<c>la PME bretonne</c> ·, <c>the insurer</c> ·,
    /// <c>la loi</c> ·, <c>le stade</c> ·), or an organisation noun after it in apposition as the head of its phrase
    /// (· <c>, une PME de Landerneau</c>, · <c>, a Norwegian shipowner,</c>; not · <c>, a bank executive</c>), or a
    /// place noun before <c>de</c> or <c>of</c>, when <paramref name="linked"/> is true: that names this mention only, not
    /// every mention of the name in the document (<c>la ville d'Orange</c>).
    /// </summary>
    public EntityLabel? DescribedLabel(string text, ReadOnlySpan<Token> tokens, TextSpan span, out bool linked)
    {
        linked = false;
        int k = TokenSearch.FirstAt(tokens, span.Start);
        for (int j = k - 1, adjectives = 0; j >= 0 && adjectives <= _adjectivesAfterNoun; j--, adjectives++)
        {
            ReadOnlySpan<char> word = Word(text, tokens[j]);
            if (_descriptors.TryGetValue(word, out EntityLabel label))
            {
                return label;
            }

            // A place noun also names what follows "de" or "of" (la région de Koursk, el aeródromo de Rodelillo, the
            // town of Leura); an organisation or work noun does not (le plan de Bercy).
            if (j == k - 1 && j > 0 && word is "de" or "d'" or "d’" or "del" or "of"
                && _descriptors.TryGetValue(Word(text, tokens[j - 1]), out EntityLabel place) && place == EntityLabel.Location)
            {
                linked = true;
                return place;
            }

            if (tokens[j].Kind != TokenKind.Word || !Characters.IsLower(word[0]) || s_linkers.Contains(word) || s_determiners.Contains(word) || s_notAdjectives.Contains(word))
            {
                break;
            }
        }

        int after = TokenSearch.FirstAt(tokens, span.End);
        if (after + 2 >= tokens.Length || tokens[after].Start < span.End || Word(text, tokens[after]) is not "," || !s_determiners.Contains(Word(text, tokens[after + 1])))
        {
            return null;
        }

        for (int j = after + 2; j < tokens.Length && j <= after + 2 + MaxAdjectives; j++)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                return null;
            }

            if (_descriptors.TryGetValue(Word(text, tokens[j]), out EntityLabel label))
            {
                // The head of the phrase: what follows is punctuation or a linking word, not another noun.
                bool head = j + 1 >= tokens.Length || tokens[j + 1].Kind != TokenKind.Word || s_heads.Contains(Word(text, tokens[j + 1]));
                return head && label == EntityLabel.Organization ? label : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The start of the name once leading descriptor nouns and lower-case words are cut from an entity the tagger
    /// ran over them (<c>PME bretonne Kervella Bio</c> → <c>Kervella Bio</c>), with their label; or null.
    /// </summary>
    public (int Start, EntityLabel Label)? LeadingDescriptor(string text, ReadOnlySpan<Token> tokens, TextSpan span)
    {
        int k = TokenSearch.FirstAt(tokens, span.Start);
        // A capitalised descriptor belongs to the name ("Agencia Estatal de Meteorología", "Cadena SER"), except an
        // English one that starts its sentence right before a capitalised word ("Drugmaker Beacon Therapeutics said"):
        // English names put their kind last.
        if (k >= tokens.Length || !_descriptors.TryGetValue(Word(text, tokens[k]), out EntityLabel label)
            || (Characters.IsUpper(text[tokens[k].Start]) && !SentenceSplitter.IsCapitals(text, tokens[k]) && !StartsEnglishSentenceBeforeName(text, tokens, k, span)))
        {
            return null;
        }

        int j = k + 1;
        while (j < tokens.Length && tokens[j].End <= span.End && Characters.IsLower(text[tokens[j].Start]))
        {
            j++;
        }

        return j < tokens.Length && tokens[j].End <= span.End && Characters.IsUpper(text[tokens[j].Start]) ? (tokens[j].Start, label) : null;
    }

    // Kinds of business that never begin an English name, so a capitalised one is the sentence's first word, not the name's.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_englishKinds =
        FrozenSet.ToFrozenSet(
            ["Company", "Firm", "Maker", "Manufacturer", "Carmaker", "Automaker", "Drugmaker", "Chipmaker", "Planemaker", "Steelmaker", "Retailer", "Insurer",
             "Lender", "Miner", "Refiner", "Distributor", "Streamer", "Broadcaster", "Publisher", "Conglomerate", "Shipowner", "Start-up", "Startup"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private bool StartsEnglishSentenceBeforeName(string text, ReadOnlySpan<Token> tokens, int k, TextSpan span) =>
        !_namesHeadFirst && s_englishKinds.Contains(Word(text, tokens[k])) && k + 1 < tokens.Length && tokens[k + 1].End <= span.End && Characters.IsUpper(text[tokens[k + 1].Start])
        && (k == 0 || Word(text, tokens[k - 1]) is "." or "!" or "?" or "-" or "\u2013" or "\u2014" or ":" || text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Contains('\n'));

    /// <summary>
    /// Fixes the span of names the tokenizer's UD conventions cut: a person's leading titles go (<c>Technology
    /// Secretary Hamid Qureshi</c> → <c>Hamid Qureshi</c>, also titles the model's lists lack) and so do letters after
    /// the name (<c>Simon Ackroyd-Bell KC</c> → <c>Simon Ackroyd-Bell</c>), two names joined by a
    /// hyphen without spaces are one (<c>[Amanda O'Neill]-[Hart]</c>), and the English possessive is not part of the
    /// name (<c>Kestrel's</c> → <c>Kestrel</c>) unless <paramref name="isKnown"/> says the whole is a well-known name
    /// (<c>Moody's</c>, <c>McDonald's</c>).
    /// </summary>
    public void FixSpans(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities, Func<TextSpan, bool>? isKnown = null)
    {
        int kept = 0;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            if (kept > 0 && entities[kept - 1].Span.End + 1 == entity.Span.Start && Characters.IsHyphen(text[entity.Span.Start - 1])
                && Characters.IsLetter(text[entity.Span.Start]) && Characters.IsLetter(text[entity.Span.Start - 2]))
            {
                Entity before = entities[kept - 1];
                EntityLabel label = before.Label == EntityLabel.Person || entity.Label == EntityLabel.Person ? EntityLabel.Person : before.Label;
                entities[kept - 1] = new Entity(new TextSpan(before.Span.Start, entity.Span.End), label);
                continue;
            }

            int end = entity.Span.End;
            if (end - entity.Span.Start > 3 && text[end - 1] is 's' && Characters.IsApostrophe(text[end - 2]) && isKnown?.Invoke(entity.Span) != true)
            {
                end -= 2;
            }

            int start = entity.Span.Start;
            if (entity.Label == EntityLabel.Person)
            {
                int k = TokenSearch.FirstAt(tokens, start);
                while (k + 1 < tokens.Length && tokens[k].Start == start && tokens[k + 1].End <= end && (_titles.Contains(Word(text, tokens[k])) || IsChar(text, tokens[k], '.')))
                {
                    k++;
                    start = tokens[k].Start;
                }

                int last = TokenSearch.LastWithin(tokens, k, end);

                while (last > k && tokens[last].End == end && s_postNominals.Contains(Word(text, tokens[last])))
                {
                    last--;
                    end = tokens[last].End;
                }
            }

            entities[kept++] = new Entity(new TextSpan(start, end), entity.Label);
        }

        entities.Truncate(kept);
    }

    // Sport slugs that open wire headlines ("Cricket-Sri Lanka regain the trophy", "Soccer-Arsenal sign ...").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_sportSlugs =
        FrozenSet.ToFrozenSet(
            ["Soccer", "Football", "Cricket", "Tennis", "Golf", "Rugby", "Athletics", "Cycling", "Olympics", "Boxing", "Basketball", "Baseball",
             "Hockey", "Swimming", "Skiing", "Sailing", "Motorsport", "Esports", "NFL", "NBA", "NHL", "MLB"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A wire headline's sport slug is no part of the name after it: <c>Cricket-Sri Lanka regain ...</c> gives
    /// <c>Sri Lanka</c>, <c>Soccer-Arsenal</c> gives <c>Arsenal</c>. The slug and its hyphen are tokens of their own.
    /// </summary>
    public static void TrimSportSlugs(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        int kept = 0;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            int k = TokenSearch.FirstAt(tokens, entity.Span.Start);
            if (k + 2 < tokens.Length && tokens[k].Start == entity.Span.Start && s_sportSlugs.Contains(Word(text, tokens[k]))
                && Word(text, tokens[k + 1]) is "-" && tokens[k + 1].Start == tokens[k].End && tokens[k + 2].Start == tokens[k + 1].End)
            {
                if (tokens[k + 2].Start >= entity.Span.End)
                {
                    continue;
                }

                entity = entity with { Span = new TextSpan(tokens[k + 2].Start, entity.Span.End) };
            }

            entities[kept++] = entity;
        }

        entities.Truncate(kept);
    }

    /// <summary>
    /// The short names of an English document's companies: the first word of an organisation of two or three words whose last
    /// word is an organisation's ending or a legal form (<c>Beacon Therapeutics</c>, <c>Pinnacle Copper</c>,
    /// <c>Cascadia Wearables Inc</c>), when that word is no known place, first name, nationality or sentence starter and the
    /// document never writes it in lower case (so <c>General Motors</c> gives nothing in a story that says "general").
    /// The first <see cref="MaxShortNames"/> distinct candidates of a document are checked, the rest are not.
    /// </summary>
    public IEnumerable<string> CompanyShortNames(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Entity> entities)
    {
        // English only: French and Spanish name a company head first, and their English-style names are often a
        // place and a trade ("Puna Litio"), whose first word alone is the place.
        if (_namesHeadFirst)
        {
            return [];
        }

        // Candidates first, each once, so the checks against the whole text below run once per name, and at most
        // MaxShortNames times: linear in the text, whatever it holds.
        List<string>? candidates = null;
        HashSet<string>? seen = null;
        foreach (Entity entity in entities)
        {
            if (entity.Label != EntityLabel.Organization)
            {
                continue;
            }

            int first = TokenSearch.FirstAt(tokens, entity.Span.Start);
            int last = TokenSearch.LastWithin(tokens, first, entity.Span.End);
            if (first >= tokens.Length || tokens[first].Start != entity.Span.Start || last == first || last - first > 2)
            {
                continue;
            }

            ReadOnlySpan<char> head = Word(text, tokens[first]);
            ReadOnlySpan<char> tail = Word(text, tokens[last]);
            if (head.Length < 3 || !Characters.IsUpper(head[0]) || SentenceSplitter.IsCapitals(text, tokens[first])
                || !(_endings.Contains(tail) || _legalForms.Value.Contains(tail.TrimEnd('.'))))
            {
                continue;
            }

            if (_firstNames.Value.Contains(head) || _nationalNames.Value.Contains(head) || _rules.IsSentenceStarter(head) || s_determiners.Contains(head))
            {
                continue;
            }

            // A head that is also a place ("Summit Logistics", Summit the US town) is a short name only where the story
            // speaks of it as a company ("Summit shareholders", "Summit's headquarters").
            string name = head.ToString();
            if (_places.Value.Contains(head) && !SpokenOfAsCompany(text, name))
            {
                continue;
            }

            if ((seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(name) && seen.Count <= MaxShortNames)
            {
                (candidates ??= []).Add(name);
            }
        }

        if (candidates is null)
        {
            return [];
        }

        // A word the story also uses alone as a demonym or a name of its own kind ("English", "European") is no short name.
        var misc = new HashSet<string>(StringComparer.Ordinal);
        foreach (Entity other in entities)
        {
            if (other.Label == EntityLabel.Misc)
            {
                misc.Add(text.Substring(other.Span.Start, other.Span.Length));
            }
        }

        return candidates.Where(name => !misc.Contains(name) && !text.Contains(char.ToLowerInvariant(name[0]) + name[1..], StringComparison.Ordinal)).ToList();
    }

    private static readonly string[] s_companyContexts =
        [" shareholders", "'s shareholders", " Chief Executive", "'s chief executive", " CEO", "'s headquarters", "'s board", "'s shares"];

    /// <summary>True when the text follows <paramref name="name"/> with words only a company takes (<c>Summit shareholders</c>).</summary>
    private static bool SpokenOfAsCompany(string text, string name)
    {
        foreach (string context in s_companyContexts)
        {
            if (text.Contains(name + context, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A British-style law whose name holds its jurisdiction or subject in brackets is one named law (MISC):
    /// <c>Local Government and Elections (Wales) Act 2021</c>, <c>Renters (Reform) Bill</c>. The tagger reads the
    /// brackets as a break and cuts the name in two; the pieces it found inside the whole name give way to it.
    /// </summary>
    public static void JoinBracketedLawNames(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        List<Entity>? found = null;
        for (int a = 3; a < tokens.Length; a++)
        {
            if (Word(text, tokens[a]) is not ("Act" or "Bill") || Word(text, tokens[a - 1]) is not ")")
            {
                continue;
            }

            int open = a - 2;
            while (open > 0 && open >= a - 6 && Word(text, tokens[open]) is not "(" && IsCapitalisedWord(text, tokens[open]))
            {
                open--;
            }

            if (open == a - 2 || Word(text, tokens[open]) is not "(")
            {
                continue;
            }

            // Back over the capitalised words of the name and the small words between them.
            int start = open;
            for (int j = open - 1; j >= 0 && j >= open - 10; j--)
            {
                if (IsCapitalisedWord(text, tokens[j]))
                {
                    start = j;
                }
                else if (!(j > 0 && Word(text, tokens[j]) is "and" or "of" or "for" or "the" or "on" or "to" or "&" && IsCapitalisedWord(text, tokens[j - 1])))
                {
                    break;
                }
            }

            while (start < open && Word(text, tokens[start]) is "The" or "A" or "An")
            {
                start++;
            }

            if (start == open)
            {
                continue;
            }

            int end = a + 1 < tokens.Length && tokens[a + 1].Kind == TokenKind.Number && tokens[a + 1].Span.Length == 4 ? a + 1 : a;
            (found ??= []).Add(new Entity(new TextSpan(tokens[start].Start, tokens[end].End), EntityLabel.Misc));
            a = end;
        }

        if (found is null)
        {
            return;
        }

        int kept = 0;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            if (!found.Exists(law => law.Span.Start < entity.Span.End && entity.Span.Start < law.Span.End))
            {
                entities[kept++] = entity;
            }
        }

        entities.Truncate(kept);
        EntityMerge.Interleave(entities, found);
    }

    /// <summary>
    /// Two corrections from the words between entities: an organisation headed by its kind, then lower-case
    /// adjectives and <c>de</c> before a place, is one organisation with the place (<c>[Union maritime] et fluviale de
    /// [Marseille-Fos]</c>, <c>[Conseil] régional de [Bretagne]</c>); a name right after an honorific, with its particle,
    /// is a person (<c>M. de [Saint-Aubin]</c> → <c>de Saint-Aubin</c>).
    /// </summary>
    public void JoinAcrossWords(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        int kept = 0;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            int first = TokenSearch.FirstAt(tokens, entity.Span.Start);
            if (first >= 1 && first < tokens.Length)
            {
                int before = first - 1;
                bool particle = s_particles.Contains(Word(text, tokens[before]));
                int title = particle ? before - 1 : before;
                if (title >= 0 && s_honorifics.Contains(Word(text, tokens[title])) && (kept == 0 || entities[kept - 1].Span.End <= tokens[title].Start))
                {
                    entity = new Entity(new TextSpan(particle ? tokens[before].Start : entity.Span.Start, entity.Span.End), EntityLabel.Person);
                }
            }

            if (kept > 0 && entity.Label == EntityLabel.Location && JoinsPlace(text, tokens, entities[kept - 1], first))
            {
                entities[kept - 1] = new Entity(new TextSpan(entities[kept - 1].Span.Start, entity.Span.End), EntityLabel.Organization);
                continue;
            }

            entities[kept++] = entity;
        }

        entities.Truncate(kept);
    }

    // [Org head ...] adjectives (et adjectives) de [place]: the words between are lower case and end with de/d'/du.
    private bool JoinsPlace(string text, ReadOnlySpan<Token> tokens, Entity organisation, int placeFirst)
    {
        int first = TokenSearch.FirstAt(tokens, organisation.Span.Start);
        if (organisation.Label != EntityLabel.Organization || first >= tokens.Length || !_heads.Contains(Word(text, tokens[first])))
        {
            return false;
        }

        int j = TokenSearch.FirstAt(tokens, organisation.Span.End);
        int link = placeFirst - 1;
        if (j >= link || link < 0 || Word(text, tokens[link]) is not ("de" or "d'" or "d’" or "du"))
        {
            return false;
        }

        for (int k = j; k < link; k++)
        {
            ReadOnlySpan<char> word = Word(text, tokens[k]);
            if (tokens[k].Kind != TokenKind.Word || !Characters.IsLower(word[0]) || (s_linkers.Contains(word) && word is not "et"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Relabels a name its own words classify, whatever the tagger said: a name of two words or more headed by an
    /// organisation noun is an organisation (<c>Radio Bío-Bío</c>, not a person; an article before the noun is not part of
    /// it: <c>La Unión Industrial Argentina</c>), and so is one ending with an organisation word (<c>Pacific Coastal
    /// Holdings</c>; <c>organisation-endings.txt</c>) or named after a profession and <c>at</c> or <c>chez</c>
    /// (<c>analysts at Piper Sandler</c>); one headed by a law noun is a named law (<c>Ley de Incendios Forestales</c>);
    /// one headed by a street or square noun is a place (<c>Plaza de Mayo</c>); a name right after a lower-case function
    /// title that begins with a known first name is a person (<c>la alcaldesa Javiera del Río</c>); a one-word name the
    /// lists know as a place is one when it is glued to <c>-based</c>, stands for a government where the tagger saw an
    /// organisation (<c>Ottawa said</c>), or is coordinated with a place (<c>Córdoba y Rosario</c>). A "person" whose
    /// last word is a function title is no name (<c>Transport Secretary</c>).
    /// </summary>
    public void LabelByOwnWords(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities, Func<ReadOnlySpan<char>, bool> isRoleTitle, Func<Entity, bool> isKnown)
    {
        int kept = 0;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            if (isKnown(entity))
            {
                entities[kept++] = entity;     // the well-known names list gave it this label (West Bank, not a bank)
                continue;
            }

            int first = TokenSearch.FirstAt(tokens, entity.Span.Start);
            int last = TokenSearch.LastWithin(tokens, first, entity.Span.End);

            if (first >= tokens.Length || tokens[first].Start != entity.Span.Start || !Characters.IsUpper(text[tokens[first].Start]))
            {
                entities[kept++] = entity;
                continue;
            }

            if (last > first + 1 && NameConsistencyStage.IsArticle(Word(text, tokens[first])) && _heads.Contains(Word(text, tokens[first + 1])))
            {
                first++;
                entity = new Entity(new TextSpan(tokens[first].Start, entity.Span.End), EntityLabel.Organization);
            }

            if (entity.Label == EntityLabel.Person && last > first && isRoleTitle(Word(text, tokens[last])))
            {
                continue;
            }

            if (StreetNounBefore(text, tokens, first) is int street)
            {
                // A street keeps its noun (GUIDELINES section 1): "avenida Constitución", "rue de Rivoli".
                entities[kept++] = new Entity(new TextSpan(tokens[street].Start, entity.Span.End), EntityLabel.Location);
                continue;
            }

            // The name's own first word, without what a token may run on with (Manchester's).
            ReadOnlySpan<char> head = text.AsSpan(tokens[first].Start, Math.Min(tokens[first].End, entity.Span.End) - tokens[first].Start);
            EntityLabel label = entity.Label;
            if (last > first && entity.Label is EntityLabel.Organization && s_lawNouns.Contains(head))
            {
                label = EntityLabel.Misc;
            }
            else if (last > first && entity.Label is not EntityLabel.Organization && (entity.Label != EntityLabel.Location || _namesHeadFirst)
                && _heads.Contains(head) && !s_buildingHeads.Contains(head)
                && tokens[last].Kind != TokenKind.Number)     // a competition or a product: Ligue 1
            {
                label = EntityLabel.Organization;
            }
            else if (last > first && entity.Label is not EntityLabel.Location && s_streetHeads.Contains(head))
            {
                label = EntityLabel.Location;
            }
            else if (last > first && entity.Label is not EntityLabel.Organization && _endings.Contains(Word(text, tokens[last])))
            {
                label = EntityLabel.Organization;
            }
            else if (entity.Label is not EntityLabel.Organization && first > 1 && Word(text, tokens[first - 1]) is "at" or "chez"
                && s_professions.Contains(Word(text, tokens[first - 2])))
            {
                label = EntityLabel.Organization;
            }
            else if (entity.Label is not EntityLabel.Person && first > 0 && tokens[first - 1].Kind == TokenKind.Word
                && Characters.IsLower(text[tokens[first - 1].Start]) && isRoleTitle(Word(text, tokens[first - 1])) && _firstNames.Value.Contains(head))
            {
                label = EntityLabel.Person;
            }
            else if (entity.Label is EntityLabel.Organization or EntityLabel.Location && first > 0 && tokens[first - 1].Kind == TokenKind.Word
                && Characters.IsLower(text[tokens[first - 1].Start]) && isRoleTitle(Word(text, tokens[first - 1])) && LooksLikePersonName(text, tokens, first, last)
                && !isKnown(entity))
            {
                label = EntityLabel.Person;     // democracy leader Aung San Suu Kyi: a function noun names a person
            }
            else if (entity.Label is not EntityLabel.Location && IsPlaceCompound(text, entity.Span.End))
            {
                label = EntityLabel.Location;   // Vancouver-based, Edinburgh-listed
            }
            else if (first == last && entity.Span.End <= tokens[first].End && entity.Label is not EntityLabel.Misc && _nationalNames.Value.Contains(head) && !_places.Value.Contains(head))
            {
                label = EntityLabel.Misc;       // a capitalised demonym is no place (Australian, Ukrainiens)
            }
            else if (first == last && entity.Label is not EntityLabel.Location && _places.Value.Contains(head)
                && (entity.Label == EntityLabel.Organization || CoordinatedWithPlace(text, tokens, entities, e, first, last)))
            {
                label = EntityLabel.Location;   // a country or city standing for its government stays a place (Ottawa said)
            }

            entities[kept++] = label == entity.Label ? entity : entity with { Label = label };
        }

        entities.Truncate(kept);
    }

    /// <summary>The index of the token before token <paramref name="first"/> once up to two linking words are passed (<c>de la</c>); -1 at the start.</summary>
    private static int BeforeLinkers(string text, ReadOnlySpan<Token> tokens, int first)
    {
        int k = first - 1;
        for (int linkers = 0; k >= 0 && linkers < 2 && s_linkers.Contains(Word(text, tokens[k])); linkers++)
        {
            k--;
        }

        return k;
    }

    /// <summary>The token of a lower-case street noun right before token <paramref name="first"/>, perhaps across one or two linking words (<c>rue de la Paix</c>); null when none.</summary>
    private static int? StreetNounBefore(string text, ReadOnlySpan<Token> tokens, int first)
    {
        int k = BeforeLinkers(text, tokens, first);
        return k >= 0 && tokens[k].End < tokens[first].Start && s_streetNouns.Contains(Word(text, tokens[k])) ? k : null;
    }

    /// <summary>
    /// A well-known name run into the name of a person after it is two names (<c>Frente Amplio Antonia Rebolledo</c>
    /// in a headline, <c>l'AFP Marie Dupont</c>): the tagger read one name where the list knows the first part and the
    /// rest begins with a given name and has a family name.
    /// </summary>
    public void SplitKnownNameFromPerson(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities, NameListStage known)
    {
        List<Entity>? found = null;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            int first = TokenSearch.FirstAt(tokens, entity.Span.Start);
            int last = TokenSearch.LastWithin(tokens, first, entity.Span.End);
            if (first >= tokens.Length || tokens[first].Start != entity.Span.Start || last - first < 2
                || known.Contains(text.AsSpan(entity.Span.Start, entity.Span.Length)))
            {
                continue;
            }

            // The longest known prefix that leaves a given name and at least one more word.
            for (int end = Math.Min(last - 2, first + NameListStage.MaxTokens - 1); end >= first; end--)
            {
                Token given = tokens[end + 1];
                if (!IsInitialCapital(Word(text, given)) || !_firstNames.Value.Contains(Word(text, given))
                    || !known.TryGetLabel(text.AsSpan(entity.Span.Start, tokens[end].End - entity.Span.Start), out EntityLabel label))
                {
                    continue;
                }

                entities[e] = new Entity(new TextSpan(given.Start, entity.Span.End), EntityLabel.Person);
                (found ??= []).Add(new Entity(new TextSpan(entity.Span.Start, tokens[end].End), label));
                break;
            }
        }

        if (found is not null)
        {
            EntityMerge.Interleave(entities, found);
        }
    }

    /// <summary>
    /// A name the tagger ran over a list of well-known names is that list (<c>Green Party, Aontú and Independent
    /// Ireland</c> → three parties; <c>le PS et Ecolo</c>): split where every part between the commas and conjunctions
    /// is a name of the lists.
    /// </summary>
    public static void SplitKnownNameLists(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities, NameListStage known)
    {
        List<Entity>? parts = null;
        List<Entity>? found = null;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            int first = TokenSearch.FirstAt(tokens, entity.Span.Start);
            int last = TokenSearch.LastWithin(tokens, first, entity.Span.End);
            if (last - first < 2 || last >= tokens.Length || tokens[first].Start != entity.Span.Start || tokens[last].End != entity.Span.End)
            {
                continue;
            }

            (parts ??= []).Clear();
            bool allKnown = true;
            int start = first;
            for (int k = first; k <= last + 1 && allKnown; k++)
            {
                if (k <= last && !IsChar(text, tokens[k], ',') && !s_listConjunctions.Contains(Word(text, tokens[k])))
                {
                    continue;
                }

                if (k > start)      // the empty part between a comma and a conjunction is skipped
                {
                    var part = new TextSpan(tokens[start].Start, tokens[k - 1].End);
                    allKnown = known.TryGetLabel(text.AsSpan(part.Start, part.Length), out EntityLabel label);
                    parts.Add(new Entity(part, label));
                }

                start = k + 1;
            }

            if (allKnown && parts.Count >= 2)
            {
                entities[e] = parts[0];
                (found ??= []).AddRange(parts.Skip(1));
            }
        }

        if (found is not null)
        {
            EntityMerge.Interleave(entities, found);
        }
    }

    /// <summary>
    /// Two places joined by a hyphen are two names (<c>Georgia-Abkhazia</c> border, <c>Lyon-Marseille</c>), unless the
    /// whole is itself a place the lists know (<c>Bosnia-Herzegovina</c>).
    /// </summary>
    public void SplitPlacePairs(string text, PooledList<Entity> entities, Func<ReadOnlySpan<char>, bool> isKnownPlace)
    {
        List<Entity>? found = null;
        for (int e = 0; e < entities.Count; e++)
        {
            TextSpan span = entities[e].Span;
            ReadOnlySpan<char> name = text.AsSpan(span.Start, span.Length);
            int hyphen = name.IndexOf('-');
            if (hyphen <= 0 || hyphen == name.Length - 1 || name[(hyphen + 1)..].Contains('-') || _places.Value.Contains(name) || isKnownPlace(name))
            {
                continue;
            }

            ReadOnlySpan<char> left = name[..hyphen].TrimEnd();
            ReadOnlySpan<char> right = name[(hyphen + 1)..].TrimStart();
            if (left.Length == 0 || right.Length == 0 || !(_places.Value.Contains(left) || isKnownPlace(left)) || !(_places.Value.Contains(right) || isKnownPlace(right)))
            {
                continue;
            }

            entities[e] = new Entity(new TextSpan(span.Start, span.Start + left.Length), EntityLabel.Location);
            int rightStart = span.End - right.Length;
            (found ??= []).Add(new Entity(new TextSpan(rightStart, span.End), EntityLabel.Location));
        }

        if (found is not null)
        {
            EntityMerge.Interleave(entities, found);
        }
    }

    /// <summary>
    /// A capitalised nationality noun before a person's name is not part of it (<c>le Néerlandais Bram van der
    /// Velde</c> → MISC <c>Néerlandais</c> + PER <c>Bram van der Velde</c>). Applies to a name tagged as a person, and to
    /// one tagged MISC; in English only when the next word is a known first name, so that <c>French Open</c> or
    /// <c>Spanish Grand Prix</c> stay whole (French and Spanish put such adjectives after the noun).
    /// A people named with their place is two names (<c>les Ouïghours du Xinjiang</c> → MISC <c>Ouïghours</c> + LOC
    /// <c>Xinjiang</c>; <c>Tamils of Sri Lanka</c>).
    /// </summary>
    public void SplitLeadingDemonyms(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        List<Entity>? found = null;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            if (SplitPeopleOfPlace(text, tokens, entity) is { } place)
            {
                entities[e] = place;
                (found ??= []).Add(new Entity(new TextSpan(entity.Span.Start, tokens[TokenSearch.FirstAt(tokens, entity.Span.Start)].End), EntityLabel.Misc));
                continue;
            }

            int first = TokenSearch.FirstAt(tokens, entity.Span.Start);
            if (entity.Label is EntityLabel.Organization or EntityLabel.Location && IsPersonAfterDemonym(text, tokens, entity, first))
            {
                entities[e] = entity with { Label = EntityLabel.Person };   // le Colombien Julián Cárdenas
                if (e == 0 || entities[e - 1].Span.End <= tokens[first - 1].Start)
                {
                    (found ??= []).Add(new Entity(tokens[first - 1].Span, EntityLabel.Misc));
                }

                continue;
            }

            bool ledByDemonymNoun = entity.Label == EntityLabel.Organization && _namesHeadFirst && first > 0 && s_determiners.Contains(Word(text, tokens[first - 1]))
                && LooksLikePersonName(text, tokens, first + 1, TokenSearch.LastWithin(tokens, first, entity.Span.End));
            if (entity.Label is not (EntityLabel.Person or EntityLabel.Misc) && !ledByDemonymNoun)
            {
                continue;
            }

            if (first + 1 >= tokens.Length || tokens[first].Start != entity.Span.Start || tokens[first + 1].End > entity.Span.End
                || !_capitalisedDemonyms.Value.Contains(Word(text, tokens[first])) || !IsInitialCapital(Word(text, tokens[first + 1])))
            {
                continue;
            }

            if (entity.Label == EntityLabel.Misc && !_namesHeadFirst && !_firstNames.Value.Contains(Word(text, tokens[first + 1])))
            {
                continue;
            }

            entities[e] = new Entity(new TextSpan(tokens[first + 1].Start, entity.Span.End), EntityLabel.Person);
            (found ??= []).Add(new Entity(tokens[first].Span, EntityLabel.Misc));
        }

        if (found is not null)
        {
            EntityMerge.Interleave(entities, found);
        }
    }

    /// <summary>
    /// True when a name the tagger read as an organisation or a place follows a determiner and a capitalised demonym
    /// noun and looks like a person's name (<c>le Colombien Julián Andrés Cárdenas</c>, <c>the Briton Tom Ellis</c>).
    /// </summary>
    private bool IsPersonAfterDemonym(string text, ReadOnlySpan<Token> tokens, Entity entity, int first)
    {
        if (first < 2 || first >= tokens.Length || tokens[first].Start != entity.Span.Start
            || !IsCapitalisedDemonym(text, tokens[first - 1]) || !s_determiners.Contains(Word(text, tokens[first - 2])))
        {
            return false;
        }

        return LooksLikePersonName(text, tokens, first, TokenSearch.LastWithin(tokens, first, entity.Span.End));
    }

    /// <summary>Two to four capitalised words, none of them an organisation's head or ending, nor a place.</summary>
    private bool LooksLikePersonName(string text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        if (last - first is < 1 or > 3 || last >= tokens.Length)
        {
            return false;
        }

        for (int k = first; k <= last; k++)
        {
            ReadOnlySpan<char> word = Word(text, tokens[k]);
            if (!IsInitialCapital(word) || _heads.Contains(word) || _endings.Contains(word) || _places.Value.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The place of a name made of a capitalised demonym, a linking word and a place (<c>Ouïghours du Xinjiang</c> →
    /// <c>Xinjiang</c>), when the tagger read it as a place or the lists know the place; null otherwise.
    /// </summary>
    private Entity? SplitPeopleOfPlace(string text, ReadOnlySpan<Token> tokens, Entity entity)
    {
        if (entity.Label is not (EntityLabel.Location or EntityLabel.Misc))
        {
            return null;
        }

        int first = TokenSearch.FirstAt(tokens, entity.Span.Start);
        int last = TokenSearch.LastWithin(tokens, first, entity.Span.End);
        if (last < first + 2 || tokens[first].Start != entity.Span.Start || tokens[last].End != entity.Span.End
            || !IsCapitalisedDemonym(text, tokens[first]))
        {
            return null;
        }

        int rest = first + 1;
        while (rest < last && (s_linkers.Contains(Word(text, tokens[rest])) || Word(text, tokens[rest]) is "in" or "from" or "en"))
        {
            rest++;
        }

        if (rest == first + 1 || rest > last || !Characters.IsUpper(text[tokens[rest].Start]))
        {
            return null;
        }

        var span = new TextSpan(tokens[rest].Start, entity.Span.End);
        return entity.Label == EntityLabel.Location || _places.Value.Contains(text.AsSpan(span.Start, span.Length))
            ? new Entity(span, EntityLabel.Location)
            : null;
    }

    /// <summary>
    /// A name tagged as a place that begins with a first name and holds a surname after it, and that no place list
    /// knows, is a person (<c>Santiago del Castillo Restrepo</c>, where <c>Santiago</c> is also a city).
    /// </summary>
    public void LabelPeopleNamedLikePlaces(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            if (entity.Label != EntityLabel.Location)
            {
                continue;
            }

            int first = TokenSearch.FirstAt(tokens, entity.Span.Start);
            int last = TokenSearch.LastWithin(tokens, first, entity.Span.End);

            if (last == first || first >= tokens.Length || tokens[first].Start != entity.Span.Start || !_firstNames.Value.Contains(Word(text, tokens[first]))
                || _places.Value.Contains(text.AsSpan(entity.Span.Start, entity.Span.Length)))
            {
                continue;
            }

            for (int k = first + 1; k <= last; k++)
            {
                if (_surnames.Value.Contains(Word(text, tokens[k])))
                {
                    entities[e] = entity with { Label = EntityLabel.Person };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// English possessives and country initials at the edge of an organisation's name (GUIDELINES section 1): a name
    /// that runs over a place's possessive is two (<c>Singapore's Ministry of Health</c>: LOC <c>Singapore</c>, ORG
    /// <c>Ministry of Health</c>), as is one that runs over the possessive of a name with an organisation's ending
    /// (<c>Pinnacle Copper's Kangwena</c>: ORG <c>Pinnacle Copper</c>, then the owned name), and a country's initials right before an organisation belong to it
    /// (<c>U.S. Food and Drug Administration</c>, as <c>UK Met Office</c>).
    /// </summary>
    public void SplitPossessives(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        List<Entity>? found = null;
        int kept = 0;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            int first = TokenSearch.FirstAt(tokens, entity.Span.Start);
            if (entity.Label == EntityLabel.Location && e + 1 < entities.Count && entities[e + 1].Label == EntityLabel.Organization
                && first < tokens.Length && tokens[first].Start == entity.Span.Start && tokens[first].End == entity.Span.End
                && IsInitials(Word(text, tokens[first])) && entities[e + 1].Span.Start == entity.Span.End + 1 && text[entity.Span.End] == ' ')
            {
                entities[e + 1] = new Entity(new TextSpan(entity.Span.Start, entities[e + 1].Span.End), EntityLabel.Organization);
                continue;
            }

            // The possessive is read with its word (Singapore's) or, after a split, as its own token.
            int k = first;
            while (k + 1 < tokens.Length && tokens[k + 1].End <= entity.Span.End && !EndsPossessive(Word(text, tokens[k])))
            {
                k++;
            }

            int placeEnd = k < tokens.Length ? tokens[k].End - 2 : -1;
            if (k + 1 < tokens.Length && tokens[k + 1].End <= entity.Span.End && placeEnd > entity.Span.Start
                && _places.Value.Contains(text.AsSpan(entity.Span.Start, placeEnd - entity.Span.Start).TrimEnd())
                && Characters.IsUpper(text[tokens[k + 1].Start]))
            {
                entities[kept++] = new Entity(new TextSpan(entity.Span.Start, placeEnd), EntityLabel.Location);
                (found ??= []).Add(new Entity(new TextSpan(tokens[k + 1].Start, entity.Span.End), entity.Label == EntityLabel.Location ? EntityLabel.Organization : entity.Label));
                continue;
            }

            // A company's possessive before what it owns: "Pinnacle Copper's Kangwena mine" is two names.
            int owner = k < tokens.Length && tokens[k].Span.Length <= 2 ? k - 1 : k;
            if (owner > first && k + 1 < tokens.Length && tokens[k + 1].End <= entity.Span.End && placeEnd > tokens[owner].Start
                && _endings.Contains(text.AsSpan(tokens[owner].Start, placeEnd - tokens[owner].Start)) && Characters.IsUpper(text[tokens[k + 1].Start]))
            {
                entities[kept++] = new Entity(new TextSpan(entity.Span.Start, placeEnd), EntityLabel.Organization);
                (found ??= []).Add(new Entity(new TextSpan(tokens[k + 1].Start, entity.Span.End), entity.Label));
                continue;
            }

            entities[kept++] = entity;
        }

        entities.Truncate(kept);
        if (found is not null)
        {
            EntityMerge.Interleave(entities, found);
        }
    }

    /// <summary>
    /// Names the tagger missed that end with an organisation's ending (<c>Melbourne-based Kestrel Biologics</c>,
    /// <c>Harlow Holdings</c>): one to four capitalised words before the ending, no entity over them, no determiner
    /// and not the sentence's first word at their start; tagged ORG.
    /// </summary>
    public void AddNamesWithEndings(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        const int MaxWords = 4;
        List<Entity>? found = null;
        int next = 0;
        for (int i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !_endings.Contains(Word(text, tokens[i])))
            {
                continue;
            }

            int start = i;
            while (start > 0 && i - start < MaxWords && tokens[start - 1].Kind == TokenKind.Word && IsInitialCapital(Word(text, tokens[start - 1]))
                && !s_determiners.Contains(Word(text, tokens[start - 1])) && !_endings.Contains(Word(text, tokens[start - 1])))
            {
                start--;
            }

            // The first word must follow a lower-case word or a comma, so a capitalised sentence opener is not taken.
            if (start == i || start == 0 || !(IsChar(text, tokens[start - 1], ',') || Characters.IsLower(text[tokens[start - 1].Start])))
            {
                continue;
            }

            var span = new TextSpan(tokens[start].Start, tokens[i].End);
            if (IsFree(entities, ref next, span))
            {
                (found ??= []).Add(new Entity(span, EntityLabel.Organization));
            }
        }

        if (found is not null)
        {
            EntityMerge.Interleave(entities, found);
        }
    }

    private static bool IsInitialCapital(ReadOnlySpan<char> word) => word.Length > 1 && Characters.IsUpper(word[0]) && Characters.IsLower(word[1]);

    /// <summary>True for a word that ends with the English possessive <c>'s</c> (either apostrophe).</summary>
    internal static bool EndsPossessive(ReadOnlySpan<char> word) => word.Length >= 2 && word[^1] == 's' && Characters.IsApostrophe(word[^2]);

    /// <summary>Country initials: two or three capitals, with or without periods (<c>U.S.</c>, <c>UK</c>, <c>EU</c>).</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        int capitals = 0;
        foreach (char c in word)
        {
            if (Characters.IsUpper(c))
            {
                capitals++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return capitals is 2 or 3;
    }

    /// <summary>
    /// Names the tagger missed right after a noun that describes an organisation (<c>smart-lock maker Brightwell</c>,
    /// <c>la start-up nantaise Kerlys</c>): the run of capitalised words after the noun (and, in French and Spanish, its
    /// lower-case adjectives), when no entity covers it; tagged ORG.
    /// </summary>
    public void AddDescribedNames(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        List<Entity>? found = null;
        int next = 0;
        for (int k = 0; k + 1 < tokens.Length; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !Characters.IsLower(text[tokens[k].Start])
                || !_descriptors.TryGetValue(Word(text, tokens[k]), out EntityLabel label) || label != EntityLabel.Organization)
            {
                continue;
            }

            int j = k + 1;
            for (int adjectives = 0; adjectives < _adjectivesAfterNoun && j < tokens.Length && tokens[j].Kind == TokenKind.Word
                && Characters.IsLower(text[tokens[j].Start]) && !s_linkers.Contains(Word(text, tokens[j])) && !s_notAdjectives.Contains(Word(text, tokens[j])); adjectives++)
            {
                j++;
            }

            // The name is on the noun's line (a heading below "la société" is not its name).
            int end = j;
            while (end < tokens.Length && end - j < 4 && IsCapitalisedWord(text, tokens[end]) && !_notNames.Contains(Word(text, tokens[end]))
                && text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End).IndexOf('\n') < 0)
            {
                end++;
            }

            if (end == j)
            {
                continue;
            }

            TextSpan span = new(tokens[j].Start, tokens[end - 1].End);
            if (!IsFree(entities, ref next, span))
            {
                continue;   // the tagger found something there
            }

            (found ??= []).Add(new Entity(span, EntityLabel.Organization));
            k = end - 1;
        }

        if (found is not null)
        {
            EntityMerge.Interleave(entities, found);
        }
    }

    /// <summary>
    /// A lower-case word of the nationality and demonym lists that no entity covers is a MISC name (GUIDELINES section
    /// 1: <c>ukrainiens</c>, <c>cubanas</c>), as the tagger, which learned them as a feature, mostly but not always says.
    /// So is a capitalised one (<c>Israelis</c>, <c>les Kurdes</c>, <c>Bosnian Serb</c>) that no name goes on with: a
    /// capitalised word right after it is the rest of a name the tagger missed (<c>American Airlines</c>), left alone.
    /// </summary>
    public void AddDemonyms(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        List<Entity>? found = null;
        int next = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            int last = i;
            if (Characters.IsLower(text[token.Start]))
            {
                if (!_demonyms.Value.Contains(Word(text, token)))
                {
                    continue;
                }
            }
            else
            {
                if (!IsCapitalisedDemonym(text, token))
                {
                    continue;
                }

                while (last + 1 < tokens.Length && IsCapitalisedDemonym(text, tokens[last + 1]))
                {
                    last++;
                }

                if (last + 1 < tokens.Length && tokens[last + 1].Kind == TokenKind.Word && Characters.IsUpper(text[tokens[last + 1].Start]))
                {
                    i = last;
                    continue;
                }
            }

            var span = new TextSpan(token.Start, tokens[last].End);
            i = last;
            if (!IsFree(entities, ref next, span))
            {
                continue;
            }

            (found ??= []).Add(new Entity(span, EntityLabel.Misc));
        }

        if (found is not null)
        {
            EntityMerge.Interleave(entities, found);
        }
    }

    /// <summary>
    /// The social network X named after a preposition and before punctuation (<c>a réagi sur X.</c>, <c>posted on
    /// X,</c>, <c>escribió en X:</c>) is an organisation, as the guidelines make social networks; the letter alone
    /// elsewhere (<c>rayons X</c>, <c>X fois</c>) is left alone.
    /// </summary>
    public static void AddSocialNetworkX(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        List<Entity>? found = null;
        int next = 0;
        for (int i = 1; i < tokens.Length; i++)
        {
            // "X." at the end of a sentence is one token, as an initial would be.
            ReadOnlySpan<char> word = Word(text, tokens[i]);
            bool alone = word is "X" && i + 1 < tokens.Length && tokens[i + 1].Kind is TokenKind.Punctuation or TokenKind.QuoteMark;
            if (!(alone || word is "X.") || Word(text, tokens[i - 1]) is not ("sur" or "on" or "en" or "via"))
            {
                continue;
            }

            var span = new TextSpan(tokens[i].Start, tokens[i].Start + 1);
            if (IsFree(entities, ref next, span))
            {
                (found ??= []).Add(new Entity(span, EntityLabel.Organization));
            }
        }

        if (found is not null)
        {
            EntityMerge.Interleave(entities, found);
        }
    }

    /// <summary>A capitalised word of the demonym lists that is not also a place or a given name (<c>Georgia</c>, <c>Finn</c>).</summary>
    private bool IsCapitalisedDemonym(string text, Token token) =>
        IsCapitalisedWord(text, token) && _capitalisedDemonyms.Value.Contains(Word(text, token));

    /// <summary>
    /// True when no entity overlaps <paramref name="span"/>; <paramref name="next"/> is the first entity that does not
    /// end before the previous span asked about (spans are asked about in text order).
    /// </summary>
    private static bool IsFree(PooledList<Entity> entities, ref int next, TextSpan span)
    {
        while (next < entities.Count && entities[next].Span.End <= span.Start)
        {
            next++;
        }

        return next >= entities.Count || entities[next].Span.Start >= span.End;
    }

    /// <summary>True when the one-token name at <paramref name="first"/> is joined by a comma or a conjunction to a place.</summary>
    private static bool CoordinatedWithPlace(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities, int e, int first, int last)
    {
        if (e > 0 && first > 1 && IsCoordination(text, tokens[first - 1]) && entities[e - 1].Label == EntityLabel.Location && entities[e - 1].Span.End == tokens[first - 2].End)
        {
            return true;
        }

        return e + 1 < entities.Count && last + 2 < tokens.Length && IsCoordination(text, tokens[last + 1])
            && entities[e + 1].Label == EntityLabel.Location && entities[e + 1].Span.Start == tokens[last + 2].Start;
    }

    private static bool IsCoordination(string text, Token token) => IsChar(text, token, ',') || s_coordinators.Contains(Word(text, token));

    /// <summary>True when the name ending at <paramref name="end"/> is glued by a hyphen to a word such as <c>based</c>.</summary>
    private static bool IsPlaceCompound(string text, int end)
    {
        if (end + 1 >= text.Length || !Characters.IsHyphen(text[end]))
        {
            return false;
        }

        int stop = end + 1;
        while (stop < text.Length && Characters.IsLetter(text[stop]))
        {
            stop++;
        }

        return s_placeCompounds.Contains(text.AsSpan(end + 1, stop - end - 1));
    }

    /// <summary>
    /// An organisation whose name begins with a head noun (<c>Department</c>, <c>School</c>, <c>Fédération</c>) runs
    /// on over a coordination of capitalised words the tagger left out (<c>[Department of Health] and Social Care</c>,
    /// <c>[Department for Science], Innovation and Technology</c>, <c>[London School of Hygiene] &amp; Tropical Medicine</c>).
    /// A ministry or a committee also runs over the names the tagger cut out of its portfolios
    /// (<c>[Ministerio de Ambiente] y [Cambio Climático]</c>, <c>[Department for Culture], [Media] and [Sport]</c>), unless
    /// one of them is a person or a well-known name (<paramref name="isKnown"/>): then it is a list of bodies.
    /// </summary>
    public void ExtendCoordinatedNames(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities, Func<TextSpan, bool>? isKnown = null)
    {
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            int first = TokenSearch.FirstAt(tokens, entity.Span.Start);
            if (first >= tokens.Length || !Characters.IsUpper(text[tokens[first].Start]))
            {
                continue;
            }

            // A law or a plan is named the same way ("Ley de Cambio Climático y Transición Energética").
            EntityLabel? kind = _descriptors.TryGetValue(Word(text, tokens[first]), out EntityLabel described) && described == EntityLabel.Misc ? EntityLabel.Misc : null;
            bool headed = _heads.Contains(Word(text, tokens[first]))
                || (first + 1 < tokens.Length && tokens[first + 1].End <= entity.Span.End && _heads.Contains(Word(text, tokens[first + 1])));
            if (kind is null && !(headed && entity.Label == EntityLabel.Organization))
            {
                continue;
            }

            int next = e + 1 < entities.Count ? entities[e + 1].Span.Start : text.Length;
            if (kind is null && s_ministryHeads.Contains(Word(text, tokens[first])))
            {
                // Names inside the coordination may be crossed; it stops at the first that cannot be a portfolio.
                int n = e + 1;
                while (n < entities.Count && entities[n].Label != EntityLabel.Person && !(isKnown?.Invoke(entities[n].Span) ?? false))
                {
                    n++;
                }

                next = n < entities.Count ? entities[n].Span.Start : text.Length;
            }

            int j = TokenSearch.FirstAt(tokens, entity.Span.End);
            int end = -1;
            while (j + 1 < tokens.Length && tokens[j + 1].End <= next && (IsChar(text, tokens[j], ',') || s_coordinators.Contains(Word(text, tokens[j])))
                && (IsCapitalisedWord(text, tokens[j + 1])
                    || (j + 2 < tokens.Length && !IsChar(text, tokens[j], ',') && s_determiners.Contains(Word(text, tokens[j + 1])) && IsCapitalisedWord(text, tokens[j + 2]))))
            {
                bool last = !IsChar(text, tokens[j], ',');
                if (j + 2 < tokens.Length && last && s_determiners.Contains(Word(text, tokens[j + 1])) && IsCapitalisedWord(text, tokens[j + 2]) && tokens[j + 2].End <= next)
                {
                    j++;    // "y el Reto Demográfico"
                }

                j++;
                while (j + 1 < tokens.Length && tokens[j + 1].End <= next && IsCapitalisedWord(text, tokens[j + 1]))
                {
                    j++;
                }

                if (last)
                {
                    end = tokens[j].End;
                    break;
                }

                j++;
            }

            if (end > 0)
            {
                entities[e] = new Entity(new TextSpan(entity.Span.Start, end), kind ?? entity.Label);
                int swallowed = 0;
                while (e + 1 + swallowed < entities.Count && entities[e + 1 + swallowed].Span.End <= end)
                {
                    swallowed++;
                }

                if (swallowed > 0)
                {
                    Span<Entity> all = entities.AsSpan();
                    all[(e + 1 + swallowed)..].CopyTo(all[(e + 1)..]);
                    entities.Truncate(all.Length - swallowed);
                }
            }
        }
    }

    /// <summary>
    /// A short capitalised phrase in quotation marks right after a noun of works, laws and plans is one MISC name
    /// (<c>la loi « Toits solaires »</c>, <c>le tableau phare, « Soir d'été sur la plage de Skagen »</c>,
    /// <c>bautizado como “Arequipa Se Levanta”</c>): it replaces the entities the tagger found inside. Quoted speech is
    /// longer, ends with a mark, or follows no such noun.
    /// </summary>
    public void LabelQuotedTitles(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        const int MaxTitleTokens = 12;
        const int MaxBefore = 3;
        List<Entity>? found = null;
        for (int i = 1; i + 2 < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.QuoteMark || !IsOpening(text[tokens[i].Start]) || !Characters.IsUpper(text[tokens[i + 1].Start]))
            {
                continue;
            }

            int close = i + 1;
            while (close < tokens.Length && close - i <= MaxTitleTokens + 1 && tokens[close].Kind != TokenKind.QuoteMark && !IsFinal(text, tokens[close]))
            {
                close++;
            }

            if (close >= tokens.Length || close - i > MaxTitleTokens + 1 || tokens[close].Kind != TokenKind.QuoteMark || close == i + 1)
            {
                continue;
            }

            bool work = false;
            for (int b = i - 1; b >= 0 && b >= i - MaxBefore && !work; b--)
            {
                work = _workNouns.Contains(Word(text, tokens[b]));
            }

            if (work)
            {
                (found ??= []).Add(new Entity(new TextSpan(tokens[i + 1].Start, tokens[close - 1].End), EntityLabel.Misc));
            }

            i = close;
        }

        if (found is null)
        {
            return;
        }

        EntityMerge.Replace(entities, found);
    }

    private static bool IsOpening(char c) => c is Characters.LeftGuillemet or Characters.LeftDoubleQuote or '"';

    private static bool IsFinal(string text, Token token) => token.Span.Length == 1 && text[token.Start] is '.' or '!' or '?' or ';';

    private static bool IsCapitalisedWord(string text, Token token) => token.Kind == TokenKind.Word && Characters.IsUpper(text[token.Start]);

    private static bool IsChar(string text, Token token, char c) => token.Span.Length == 1 && text[token.Start] == c;

    /// <summary>The text of a token.</summary>
    internal static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Span.Length);
}
