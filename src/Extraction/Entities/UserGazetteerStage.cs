using System.Collections.Frozen;
using Extraction.Pipeline;

namespace Extraction.Entities;

/// <summary>
/// Marks the caller's own names (<see cref="ExtractorOptions.GazetteerEntries"/>) as entities of their given type,
/// after the tagger: a name matches where it is written exactly so over whole tokens; the longest name wins, and
/// a match replaces the tagger's entities it overlaps (the caller knows their names better than the model).
/// </summary>
internal sealed class UserGazetteerStage : IStage
{
    /// <summary>A name spans at most this many tokens (longer entries never match).</summary>
    internal const int MaxTokens = 8;

    private readonly FrozenDictionary<string, EntityLabel>.AlternateLookup<ReadOnlySpan<char>> _names;
    private readonly int _maxLength;

    public UserGazetteerStage(FrozenDictionary<string, EntityLabel> names)
    {
        _names = names.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string name in names.Keys)
        {
            _maxLength = Math.Max(_maxLength, name.Length);
        }
    }

    public string Name => nameof(UserGazetteerStage);

    public Layers Reads => Layers.Tokens | Layers.Sentences;

    public Layers Writes => Layers.Entities;

    public void Run(Annotations work, CancellationToken cancellationToken)
    {
        ReadOnlySpan<char> text = work.Text;
        ReadOnlySpan<Token> tokens = work.Tokens.AsSpan();
        List<Entity>? found = null;
        int i = 0;
        while (i < tokens.Length)
        {
            int start = tokens[i].Start;
            int longest = -1;
            EntityLabel label = default;
            for (int j = i; j < tokens.Length && j < i + MaxTokens && tokens[j].End - start <= _maxLength; j++)
            {
                if (_names.TryGetValue(text[start..tokens[j].End], out EntityLabel match))
                {
                    longest = j;
                    label = match;
                }
            }

            if (longest < 0)
            {
                i++;
                continue;
            }

            (found ??= []).Add(new Entity(new TextSpan(start, tokens[longest].End), label));
            i = longest + 1;
        }

        if (found is not null)
        {
            Merge(work.Entities, found);
        }
    }

    // Both lists are in text order: keep the tagger's entities that overlap no match, interleave the matches.
    private static void Merge(PooledList<Entity> entities, List<Entity> found)
    {
        Entity[] tagged = entities.AsSpan().ToArray();
        entities.Clear();
        int f = 0;
        foreach (Entity entity in tagged)
        {
            while (f < found.Count && found[f].Span.Start < entity.Span.Start)
            {
                entities.Add(found[f++]);
            }

            if (!Overlaps(entity.Span, found))
            {
                entities.Add(entity);
            }
        }

        while (f < found.Count)
        {
            entities.Add(found[f++]);
        }
    }

    private static bool Overlaps(TextSpan span, List<Entity> found)
    {
        foreach (Entity match in found)
        {
            if (match.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }
}
