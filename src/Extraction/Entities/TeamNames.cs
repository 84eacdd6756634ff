using System.Collections.Frozen;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// In a sports report, a country or city that plays is its team, an organisation (GUIDELINES section 1: national
/// teams and clubs are ORG): <c>Fiji beat Samoa 31-24</c>, <c>la France s'est imposée face à l'Irlande</c>,
/// <c>Argentina venció a Brasil</c>. A story is a sports report when it has a score and several sports words; a place
/// is a team when a playing verb or a score follows it, or a word of opposition comes before it
/// (<c>lexicons/&lt;lang&gt;/team-contexts.txt</c>). Then the place's other mentions in the story are the team too,
/// except after a preposition of place (<c>the final played in Fiji</c>). Immutable; one shared instance per language.
/// </summary>
internal sealed class TeamNames
{
    private const int MinSportsWords = 3;

    private static readonly Lazy<TeamNames>[] s_instances =
    [
        new(() => new TeamNames(Language.French)),
        new(() => new TeamNames(Language.English)),
        new(() => new TeamNames(Language.Spanish)),
    ];

    // Words that may stand between a team and its verb ("la France a battu", "Fiji have beaten") or before the team.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_skippable =
        FrozenSet.ToFrozenSet(
            ["a", "ont", "avait", "s'", "s’", "est", "s'est", "s’est", "s'était", "has", "have", "had", "will", "ha", "había", "se", "le", "la", "l'", "l’", "les", "the", "el", "los", "las"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_articles =
        FrozenSet.ToFrozenSet(["le", "la", "l'", "l’", "les", "the", "el", "los", "las"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sportsWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _after;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _before;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _placePrepositions;
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _places;

    private TeamNames(Language language)
    {
        string code = LanguageCodes.ToCode(language);
        var roles = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["sport"] = [],
            ["after"] = [],
            ["before"] = [],
            ["place"] = [],
        };
        foreach (string line in WordList.Load(code, "team-contexts.txt", ignoreCase: false))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || !roles.TryGetValue(line[..tab], out List<string>? words))
            {
                throw new InvalidDataException($"Lexicons/{code}/team-contexts.txt: '{line}' is not sport|after|before|place<TAB>word.");
            }

            words.Add(line[(tab + 1)..].Trim());
        }

        _sportsWords = roles["sport"].ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _after = roles["after"].ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _before = roles["before"].ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _placePrepositions = roles["place"].ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _places = new(() => GazetteerLexicon.Entries(language, GazetteerKind.Country).Concat(GazetteerLexicon.Entries(language, GazetteerKind.City))
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());
    }

    /// <summary>The shared instance of a language.</summary>
    public static TeamNames For(Language language) => s_instances[(int)language].Value;

    /// <summary>Relabels as organisations the places of a sports report that stand for their teams.</summary>
    public void Relabel(string text, ReadOnlySpan<Token> tokens, PooledList<Entity> entities)
    {
        if (entities.Count == 0 || !IsSportsReport(text, tokens))
        {
            return;
        }

        HashSet<string>? teams = null;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            ReadOnlySpan<char> name = text.AsSpan(entity.Span.Start, entity.Span.Length);
            if (entity.Label is EntityLabel.Location or EntityLabel.Organization && _places.Value.Contains(name) && Plays(text, tokens, entity.Span))
            {
                (teams ??= new HashSet<string>(StringComparer.Ordinal)).Add(name.ToString());
                entities[e] = entity with { Label = EntityLabel.Organization };
            }
        }

        if (teams is null)
        {
            return;
        }

        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = teams.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            if (entity.Label == EntityLabel.Location && lookup.Contains(text.AsSpan(entity.Span.Start, entity.Span.Length)) && !AfterPlacePreposition(text, tokens, entity.Span))
            {
                entities[e] = entity with { Label = EntityLabel.Organization };
            }
        }
    }

    private bool IsSportsReport(string text, ReadOnlySpan<Token> tokens)
    {
        // The score first: number tokens are few, so most stories are ruled out without a word look-up.
        bool score = false;
        for (int i = 0; i < tokens.Length && !score; i++)
        {
            score = IsScore(text, tokens, i);
        }

        int sportsWords = 0;
        for (int i = 0; score && i < tokens.Length && sportsWords < MinSportsWords; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && _sportsWords.Contains(EntityContext.Word(text, tokens[i])))
            {
                sportsWords++;
            }
        }

        return sportsWords >= MinSportsWords;
    }

    // "31-24" as one number token, or "2 – 1" as three tokens.
    private static bool IsScore(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Number)
        {
            return false;
        }

        ReadOnlySpan<char> word = EntityContext.Word(text, tokens[i]);
        int dash = word.IndexOfAny('-', '\u2013');
        if (dash > 0 && dash < word.Length - 1 && dash <= 3 && word.Length - dash - 1 <= 3 && IsDigits(word[..dash]) && IsDigits(word[(dash + 1)..]))
        {
            return true;
        }

        return word.Length <= 3 && IsDigits(word) && i + 2 < tokens.Length && EntityContext.Word(text, tokens[i + 1]) is "-" or "\u2013"
            && tokens[i + 1].Start == tokens[i].End && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 2].Span.Length <= 3;

        static bool IsDigits(ReadOnlySpan<char> part) => part.Length > 0 && !part.ContainsAnyExceptInRange('0', '9');
    }

    private bool Plays(string text, ReadOnlySpan<Token> tokens, TextSpan span)
    {
        int first = TokenSearch.FirstAt(tokens, span.Start);
        int last = TokenSearch.LastWithin(tokens, first, span.End);
        int next = last + 1;
        while (next < tokens.Length && next <= last + 2 && s_skippable.Contains(EntityContext.Word(text, tokens[next])))
        {
            next++;
        }

        if (next < tokens.Length && (_after.Contains(EntityContext.Word(text, tokens[next])) || IsScore(text, tokens, next)))
        {
            return true;
        }

        int previous = first - 1;
        while (previous >= 0 && previous >= first - 2 && s_skippable.Contains(EntityContext.Word(text, tokens[previous])))
        {
            previous--;
        }

        if (previous < 0)
        {
            return false;
        }

        // Two-word openers: "lost to", "face à", "frente a".
        ReadOnlySpan<char> before = EntityContext.Word(text, tokens[previous]);
        return _before.Contains(before) || IsScore(text, tokens, previous)
            || (previous > 0 && tokens[previous - 1].End == tokens[previous].Start - 1 && _before.Contains(string.Concat(EntityContext.Word(text, tokens[previous - 1]), " ", before)));
    }

    private bool AfterPlacePreposition(string text, ReadOnlySpan<Token> tokens, TextSpan span)
    {
        int previous = TokenSearch.FirstAt(tokens, span.Start) - 1;
        while (previous >= 0 && s_articles.Contains(EntityContext.Word(text, tokens[previous])))
        {
            previous--;
        }

        return previous >= 0 && _placePrepositions.Contains(EntityContext.Word(text, tokens[previous]));
    }
}
