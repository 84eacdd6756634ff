using System.Collections.Immutable;

namespace Extraction.Coreference;

/// <summary>
/// The entity groups of one document while they are being built: proper-name mentions grouped by
/// <see cref="NameMatcher"/>, plus the descriptions and pronouns the claim rules tie to them. Frozen into
/// <see cref="EntityCluster"/>s with the fullest name in its majority spelling as canonical.
/// </summary>
internal sealed class ClusterSet
{
    private readonly string _text;
    private readonly List<Group> _groups = [];

    /// <summary>
    /// How many name comparisons one document may spend matching a new name against the names seen before. News
    /// needs a few thousand; a text packed with thousands of distinct names would need them by the hundred million
    /// (quadratic), so once this is spent a new name joins a group only by its exact spelling.
    /// </summary>
    internal const long MaxComparisons = 4_000_000;

    /// <summary>Folded name → its group, so a name seen before is found at once.</summary>
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private int _distinctNames;
    private long _comparisons;

    public ClusterSet(string text)
    {
        _text = text;
        Folder = new NameFolder(text);
    }

    /// <summary>The document's name folder, shared with the claim rules.</summary>
    public NameFolder Folder { get; }

    public int Count => _groups.Count;

    public EntityLabel LabelOf(int group) => _groups[group].Label;

    public bool IsSpeaker(int group) => _groups[group].IsSpeaker;

    public void MarkSpeaker(int group) => _groups[group].IsSpeaker = true;

    /// <summary>The group of a name, or -1.</summary>
    public int Find(TextSpan name)
    {
        string[] words = Folder.WordsOf(name);
        int best = -1;
        int bestWords = -1;
        if (_exact.TryGetValue(string.Join(' ', words), out int known))
        {
            return known;
        }

        _comparisons += _distinctNames;
        if (_comparisons > MaxComparisons)
        {
            return -1;
        }

        for (int g = 0; g < _groups.Count; g++)
        {
            // Spelling variants are a matter of people's names (Zelenski / Zelensky); places and organisations match
            // word for word (« Maine » is not « Casco Marine »).
            bool fuzzy = _groups[g].Label == EntityLabel.Person;
            foreach (string[] other in _groups[g].Distinct)
            {
                if (NameMatcher.SameEntity(words, other, fuzzy) && other.Length > bestWords)
                {
                    best = g;
                    bestWords = other.Length;
                }
            }
        }

        return best;
    }

    /// <summary>Adds a name mention to the group it matches, or to a new group.</summary>
    public int AddName(TextSpan name, EntityLabel label, bool labelIsKnown)
    {
        int group = Find(name);
        if (group < 0)
        {
            group = _groups.Count;
            _groups.Add(new Group { Label = label, LabelKnown = labelIsKnown });
        }

        Group g = _groups[group];
        if (g.NameSet.Add(name))
        {
            string[] words = Folder.WordsOf(name);
            g.Names.Add(name);
            g.Words.Add(words);
            string key = string.Join(' ', words);
            if (_exact.TryAdd(key, group))
            {
                g.Distinct.Add(words);
                _distinctNames++;
            }
        }

        if (labelIsKnown && !g.LabelKnown)
        {
            g.Label = label;
            g.LabelKnown = true;
        }

        return group;
    }

    public void SetLabelIfUnknown(int group, EntityLabel label)
    {
        if (!_groups[group].LabelKnown)
        {
            _groups[group].Label = label;
        }
    }

    public void AddMention(int group, TextSpan span)
    {
        Group g = _groups[group];
        if (!g.NameSet.Contains(span) && g.OtherSet.Add(span))
        {
            g.Others.Add(span);
        }
    }

    public bool HasName(int group, TextSpan span) => _groups[group].NameSet.Contains(span);

    public int NameCount(int group) => _groups[group].Names.Count;

    /// <summary>The fullest name of the group, its words in their majority spelling.</summary>
    public string CanonicalOf(int group)
    {
        Group g = _groups[group];
        if (g.Names.Count == 0)
        {
            return string.Empty;
        }

        int fullest = 0;
        for (int i = 1; i < g.Names.Count; i++)
        {
            int words = g.Words[i].Length;
            int best = g.Words[fullest].Length;
            if (words > best || (words == best && g.Names[i].Length > g.Names[fullest].Length))
            {
                fullest = i;
            }
        }

        TextSpan span = g.Names[fullest];
        string written = _text.Substring(span.Start, span.Length);
        string[] parts = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] folded = g.Words[fullest];
        if (parts.Length != folded.Length)
        {
            return written;
        }

        for (int w = 0; w < parts.Length; w++)
        {
            // Count each written spelling of this word across the group's names.
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            string best = parts[w];
            int bestCount = 0;
            for (int i = 0; i < g.Names.Count; i++)
            {
                string[] nameParts = _text.Substring(g.Names[i].Start, g.Names[i].Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (nameParts.Length != g.Words[i].Length)
                {
                    continue;
                }

                for (int k = 0; k < nameParts.Length; k++)
                {
                    if (NameMatcher.Similar(g.Words[i][k], folded[w]) && (k == nameParts.Length - 1) == (w == parts.Length - 1))
                    {
                        int count = counts.TryGetValue(nameParts[k], out int c) ? c + 1 : 1;
                        counts[nameParts[k]] = count;
                        if (count > bestCount || (count == bestCount && nameParts[k] == parts[w]))
                        {
                            best = nameParts[k];
                            bestCount = count;
                        }
                    }
                }
            }

            parts[w] = best;
        }

        return string.Join(' ', parts);
    }

    /// <summary>Freezes the groups worth keeping (speakers, and entities mentioned more than once) as clusters.</summary>
    /// <param name="ids">Receives, per group, its cluster id or -1.</param>
    public List<EntityCluster> Freeze(out int[] ids)
    {
        ids = new int[_groups.Count];
        var clusters = new List<EntityCluster>();
        for (int g = 0; g < _groups.Count; g++)
        {
            Group group = _groups[g];
            if (group.Names.Count == 0 || (!group.IsSpeaker && group.Names.Count + group.Others.Count < 2))
            {
                ids[g] = -1;
                continue;
            }

            var mentions = new List<TextSpan>(group.Names.Count + group.Others.Count);
            mentions.AddRange(group.Names);
            mentions.AddRange(group.Others);
            mentions.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
            ids[g] = clusters.Count;
            clusters.Add(new EntityCluster(clusters.Count, CanonicalOf(g), group.Label, [.. mentions]));
        }

        return clusters;
    }

    private sealed class Group
    {
        public List<TextSpan> Names { get; } = [];

        public List<string[]> Words { get; } = [];

        public List<TextSpan> Others { get; } = [];

        public HashSet<TextSpan> NameSet { get; } = [];

        public HashSet<TextSpan> OtherSet { get; } = [];

        /// <summary>One entry per distinct folded name, for matching.</summary>
        public List<string[]> Distinct { get; } = [];

        public EntityLabel Label { get; set; }

        public bool LabelKnown { get; set; }

        public bool IsSpeaker { get; set; }
    }
}
