using System.Collections.Frozen;
using Extraction.Pipeline;

namespace Extraction.Claims;

/// <summary>The role of an attribution marker (<c>Lexicons/&lt;lang&gt;/attribution-markers.txt</c>).</summary>
internal enum MarkerRole : byte
{
    AccordingTo,
    Relay,
    AnonymousSource,
    Channel,
    OpinionFrame,
    AsClause,
    Impersonal,
    Writer,
    QuoteIntroducer,

    /// <summary>An anonymous-source phrase that is not led by an according-to marker (« officials said »): the verb stays a cue.</summary>
    AnonymousPhrase,
}

/// <summary>
/// The function words, markers and phrases of one language that the claim and coreference rules read
/// (<c>claim-words.txt</c>, <c>attribution-markers.txt</c>), with the <see cref="WordScanner"/> built on them.
/// Immutable; one instance per language per process.
/// </summary>
internal sealed class ClaimWords
{
    private static readonly Lazy<ClaimWords>[] s_cache =
    [
        new(() => new ClaimWords(Language.French)),
        new(() => new ClaimWords(Language.English)),
        new(() => new ClaimWords(Language.Spanish)),
    ];

    private readonly FrozenSet<string> _nonClaimLemmas;

    private ClaimWords(Language language)
    {
        Language = language;
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        var multi = new Dictionary<WordClass, List<string>>();
        var nonClaim = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach ((string line, _) in LexiconResource.ReadLines(language, "claim-words.txt"))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            WordClass cls = ClassOf(line[..tab].Trim());
            string word = line[(tab + 1)..].Trim().Replace(TextFold.RightSingleQuote, TextFold.Apostrophe);
            if (word.Length == 0)
            {
                continue;
            }

            if (cls == WordClass.None)
            {
                if (line.StartsWith("nonclaim", StringComparison.Ordinal))
                {
                    nonClaim.Add(word);
                }

                continue;
            }

            if (word.Contains(' ', StringComparison.Ordinal) || (cls & (WordClass.Connective | WordClass.Complementizer)) != 0)
            {
                if (!multi.TryGetValue(cls, out List<string>? list))
                {
                    multi[cls] = list = [];
                }

                list.Add(word);
                if (word.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }
            }

            classes[word] = classes.TryGetValue(word, out WordClass old) ? old | cls : cls;
        }

        Classes = new WordClassTable(classes);
        Scanner = new WordScanner(language, Classes);
        _nonClaimLemmas = nonClaim.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Connectives = PhrasesOf(multi, WordClass.Connective);
        Complementizers = PhrasesOf(multi, WordClass.Complementizer);
        ClauseCuts = PhrasesOf(multi, ClauseCutClass);

        var markers = new List<(string[], MarkerRole)>();
        foreach ((string line, _) in LexiconResource.ReadLines(language, "attribution-markers.txt"))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !TryRole(line[(tab + 1)..].Trim(), out MarkerRole role))
            {
                continue;
            }

            markers.Add((Split(line[..tab].Trim()), role));
        }

        // An anonymous source led by an according-to marker (« selon une source ») is a marker; otherwise
        // (« officials said ») the phrase only describes the source of a verb cue.
        var leaders = markers.Where(m => m.Item2 == MarkerRole.AccordingTo).Select(m => m.Item1).ToList();
        for (int i = 0; i < markers.Count; i++)
        {
            (string[] phrase, MarkerRole r) = markers[i];
            if (r == MarkerRole.AnonymousSource && !leaders.Any(leader => leader.Length < phrase.Length && phrase.Take(leader.Length).SequenceEqual(leader, StringComparer.OrdinalIgnoreCase)))
            {
                markers[i] = (phrase, MarkerRole.AnonymousPhrase);
            }
        }

        Markers = new PhraseTable<MarkerRole>(markers);
    }

    public Language Language { get; }

    public WordClassTable Classes { get; }

    public WordScanner Scanner { get; }

    public PhraseTable<bool> Connectives { get; }

    public PhraseTable<bool> Complementizers { get; }

    public PhraseTable<bool> ClauseCuts { get; }

    public PhraseTable<MarkerRole> Markers { get; }

    private static WordClass ClauseCutClass => (WordClass)(1 << 30);

    public static ClaimWords For(Language language) => s_cache[(int)language].Value;

    public bool IsNonClaimLemma(string lemma) => _nonClaimLemmas.Contains(lemma);

    /// <summary>Splits an entry into the words the scanner would find in running text.</summary>
    public string[] Split(string entry)
    {
        if (!entry.Contains(' ', StringComparison.Ordinal) && entry.Length > 1 && entry[^1] is '\'' or TextFold.RightSingleQuote)
        {
            // An elided word alone (« qu' », « d' »): the scanner needs the next word to cut it, so keep it whole.
            return [entry.Replace(TextFold.RightSingleQuote, TextFold.Apostrophe)];
        }

        using var words = new PooledList<ClaimWord>(8);
        Scanner.Scan(entry, words);
        var result = new string[words.Count];
        for (int i = 0; i < result.Length; i++)
        {
            ClaimWord word = words[i];
            result[i] = entry[word.Start..word.End].Replace(TextFold.RightSingleQuote, TextFold.Apostrophe);
        }

        return result;
    }

    private PhraseTable<bool> PhrasesOf(Dictionary<WordClass, List<string>> multi, WordClass cls)
    {
        var entries = new List<(string[], bool)>();
        if (multi.TryGetValue(cls, out List<string>? list))
        {
            foreach (string phrase in list)
            {
                entries.Add((Split(phrase), true));
            }
        }

        return new PhraseTable<bool>(entries);
    }

    private static WordClass ClassOf(string category) => category switch
    {
        "determiner" => WordClass.Determiner,
        "fused" => WordClass.Fused,
        "pronoun-person" => WordClass.PronounPerson,
        "pronoun-group" => WordClass.PronounGroup,
        "relative" => WordClass.Relative,
        "aux" => WordClass.Aux,
        "complementizer" => WordClass.Complementizer,
        "clitic" => WordClass.Clitic,
        "reflexive" => WordClass.Reflexive,
        "adverb" => WordClass.Adverb,
        "connective" => WordClass.Connective,
        "honorific" => WordClass.Honorific,
        "title" => WordClass.Title,
        "preposition" => WordClass.Preposition,
        "particle" => WordClass.Particle,
        "time" => WordClass.Time,
        "elision" => WordClass.Elision,
        "abbreviation" => WordClass.Abbreviation,
        "function" => WordClass.Function,
        "clause-cut" => ClauseCutClass,
        "org-head" => WordClass.OrgHead,
        _ => WordClass.None,
    };

    private static bool TryRole(string role, out MarkerRole value)
    {
        value = role switch
        {
            "according-to" => MarkerRole.AccordingTo,
            "relay" => MarkerRole.Relay,
            "anonymous-source" => MarkerRole.AnonymousSource,
            "channel" => MarkerRole.Channel,
            "opinion-frame" => MarkerRole.OpinionFrame,
            "as-clause" => MarkerRole.AsClause,
            "impersonal" => MarkerRole.Impersonal,
            "writer" => MarkerRole.Writer,
            "quote-introducer" => MarkerRole.QuoteIntroducer,
            _ => (MarkerRole)255,
        };
        return (byte)value != 255;
    }
}
