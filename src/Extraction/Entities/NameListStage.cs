using System.Collections.Frozen;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// Marks the names of a list as entities of their given type, after the tagger: a name matches where it is written
/// exactly so over whole tokens, and the longest name wins. Two lists use it: the caller's own names
/// (<see cref="ExtractorOptions.GazetteerEntries"/>), which replace every tagger entity they overlap (the caller knows
/// their names better than the model), and the library's well-known names (<c>Lexicons/{lang}/known-names.txt</c>:
/// media, parties, institutions, competitions), which give way to a longer tagger entity holding them
/// (<c>Crédit Agricole du Finistère</c>) and, for names that are also ordinary words, to the start of a sentence.
/// </summary>
internal sealed class NameListStage : IStage
{
    /// <summary>A name spans at most this many tokens (longer entries never match).</summary>
    internal const int MaxTokens = 8;

    private static readonly Lazy<NameListStage>[] s_known =
    [
        new(() => LoadKnown("fr")),
        new(() => LoadKnown("en")),
        new(() => LoadKnown("es")),
    ];

    private readonly FrozenDictionary<string, EntityLabel>.AlternateLookup<ReadOnlySpan<char>> _names;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _notFirst;
    private readonly bool _overridesTagger;
    private readonly int _maxLength;
    private readonly FrozenSet<char> _firstChars;

    /// <param name="names">The names and their types.</param>
    /// <param name="overridesTagger">True for the caller's names: a match replaces every entity it overlaps.</param>
    /// <param name="notFirstInSentence">Names that do not match as the first word of a sentence.</param>
    public NameListStage(FrozenDictionary<string, EntityLabel> names, bool overridesTagger, FrozenSet<string>? notFirstInSentence = null)
    {
        _names = names.GetAlternateLookup<ReadOnlySpan<char>>();
        _notFirst = (notFirstInSentence ?? FrozenSet<string>.Empty).GetAlternateLookup<ReadOnlySpan<char>>();
        _overridesTagger = overridesTagger;
        var firstChars = new HashSet<char>();
        foreach (string name in names.Keys)
        {
            _maxLength = Math.Max(_maxLength, name.Length);
            if (name.Length > 0)
            {
                firstChars.Add(name[0]);
            }
        }

        // Most tokens (lower-case words, punctuation) cannot start a name: one set look-up skips them.
        _firstChars = firstChars.ToFrozenSet();
    }

    public string Name => nameof(NameListStage);

    public Layers Reads => Layers.Tokens | Layers.Sentences;

    public Layers Writes => Layers.Entities;

    /// <summary>The library's well-known names of a language (shared, loaded on first use).</summary>
    public static NameListStage Known(Language language) => s_known[(int)language].Value;

    /// <summary>True when the list has this exact name.</summary>
    public bool Contains(ReadOnlySpan<char> name) => _names.ContainsKey(name);

    /// <summary>The label the list gives this exact name; false when it has no such name.</summary>
    public bool TryGetLabel(ReadOnlySpan<char> name, out EntityLabel label) => _names.TryGetValue(name, out label);

    /// <summary>True when the list has this exact name with this label.</summary>
    public bool Contains(ReadOnlySpan<char> name, EntityLabel label) => _names.TryGetValue(name, out EntityLabel known) && known == label;

    public void Run(Annotations work, CancellationToken cancellationToken)
    {
        ReadOnlySpan<char> text = work.Text;
        ReadOnlySpan<Token> tokens = work.Tokens.AsSpan();
        ReadOnlySpan<TextSpan> sentences = work.Sentences.AsSpan();
        List<Entity>? found = null;
        int sentence = 0;
        int i = 0;
        while (i < tokens.Length)
        {
            int start = tokens[i].Start;
            if (!_firstChars.Contains(text[start]))
            {
                i++;
                continue;
            }

            while (sentence < sentences.Length && sentences[sentence].End <= start)
            {
                sentence++;
            }

            bool first = sentence < sentences.Length && sentences[sentence].Start == start;
            int longest = -1;
            int longestEnd = 0;
            EntityLabel label = default;
            for (int j = i; j < tokens.Length && j < i + MaxTokens && tokens[j].End - start <= _maxLength + 2; j++)
            {
                // An English possessive is read with its word ("Netflix's"); the name is the word without it, unless
                // the name itself ends so ("McDonald's").
                ReadOnlySpan<char> candidate = text[start..tokens[j].End];
                if (candidate.Length > 3 && EntityContext.EndsPossessive(candidate) && !_names.ContainsKey(candidate))
                {
                    candidate = candidate[..^2];
                }

                if (candidate.Length <= _maxLength && _names.TryGetValue(candidate, out EntityLabel match) && !(first && _notFirst.Contains(candidate)))
                {
                    longest = j;
                    longestEnd = start + candidate.Length;
                    label = match;
                }
            }

            if (longest < 0)
            {
                i++;
                continue;
            }

            (found ??= []).Add(new Entity(new TextSpan(start, longestEnd), label));
            i = longest + 1;
        }

        if (found is not null)
        {
            Merge(work, found, _overridesTagger);
        }
    }

    // Both lists are in text order. The caller's matches replace the entities they overlap; known names give way to
    // a longer tagged entity that holds them.
    private static void Merge(Annotations work, List<Entity> found, bool overridesTagger)
    {
        PooledList<Entity> entities = work.Entities;
        if (!overridesTagger)
        {
            // One pass over both: the only tagged entity that can hold a match is the last one starting at or before it.
            ReadOnlySpan<Entity> tagged = entities.AsSpan();
            int kept = 0;
            int t = 0;
            for (int m = 0; m < found.Count; m++)
            {
                Entity match = found[m];
                while (t + 1 < tagged.Length && tagged[t + 1].Span.Start <= match.Span.Start)
                {
                    t++;
                }

                bool held = t < tagged.Length && tagged[t].Span.Contains(match.Span) && tagged[t].Span.Length > match.Span.Length
                    && !IsArticleBefore(work.Text, tagged[t].Span, match.Span) && !IsPossessiveAfter(work.Text, tagged[t].Span, match.Span);
                if (!held)
                {
                    found[kept++] = match;
                }
            }

            found.RemoveRange(kept, found.Count - kept);
        }

        EntityMerge.Replace(entities, found);
    }

    // "Netflix's": the tagger took the possessive in; the known name is the name.
    private static bool IsPossessiveAfter(string text, TextSpan entity, TextSpan match) =>
        entity.Start == match.Start && entity.End == match.End + 2 && EntityContext.EndsPossessive(text.AsSpan(entity.Start, entity.Length));

    // "La Unión Europea" at a sentence start: the tagger took the article in; the known name is the name.
    private static bool IsArticleBefore(string text, TextSpan entity, TextSpan match) =>
        entity.End == match.End && NameConsistencyStage.IsArticle(text.AsSpan(entity.Start, match.Start - entity.Start).Trim());

    /// <summary>Reads <c>known-names.txt</c>: <c>LABEL&lt;TAB&gt;Name</c> a line, <c>!LABEL&lt;TAB&gt;Name</c> for a name that is also an ordinary word.</summary>
    private static NameListStage LoadKnown(string language)
    {
        var names = new Dictionary<string, EntityLabel>(StringComparer.Ordinal);
        var notFirst = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in WordList.Load(language, "known-names.txt", ignoreCase: false))
        {
            bool ordinary = line.StartsWith('!');
            string entry = ordinary ? line[1..] : line;
            int tab = entry.IndexOf('\t', StringComparison.Ordinal);
            string name = tab < 0 ? "" : entry[(tab + 1)..].Trim();
            if (tab < 0 || name.Length == 0 || !Serialization.Labels.TryParseEntity(entry[..tab].Trim(), out EntityLabel label))
            {
                throw new InvalidDataException($"Lexicons/{language}/known-names.txt: '{line}' is not LABEL<TAB>Name.");
            }

            names[name] = label;
            if (ordinary)
            {
                notFirst.Add(name);
            }
        }

        return new NameListStage(names.ToFrozenDictionary(StringComparer.Ordinal), overridesTagger: false, notFirst.ToFrozenSet(StringComparer.Ordinal));
    }
}
