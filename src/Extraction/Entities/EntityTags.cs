namespace Extraction.Entities;

/// <summary>
/// The BILOU tag set over the four entity types: <c>O</c>, then <c>B-</c>, <c>I-</c>, <c>L-</c>, <c>U-</c> for PER,
/// LOC, ORG and MISC (17 tags). Tag <c>1 + 4 * type + part</c>; parts are Begin, Inside, Last, Unit.
/// </summary>
internal static class EntityTags
{
    public const int Count = 17;

    public const int Outside = 0;

    public const int Begin = 0;

    public const int Inside = 1;

    public const int Last = 2;

    public const int Unit = 3;

    private static readonly string[] s_names = BuildNames();

    /// <summary>The tag names in index order, as written in a model header.</summary>
    public static IReadOnlyList<string> Names => s_names;

    public static int Of(EntityLabel type, int part) => 1 + (4 * (int)type) + part;

    public static EntityLabel TypeOf(int tag) => (EntityLabel)((tag - 1) >> 2);

    public static int PartOf(int tag) => (tag - 1) & 3;

    public static string NameOf(int tag) => s_names[tag];

    /// <summary>Whether a sentence may start with the tag.</summary>
    public static bool CanStart(int tag) => tag == Outside || PartOf(tag) is Begin or Unit;

    /// <summary>Whether a sentence may end with the tag.</summary>
    public static bool CanEnd(int tag) => tag == Outside || PartOf(tag) is Last or Unit;

    /// <summary>Whether <paramref name="current"/> may follow <paramref name="previous"/>.</summary>
    public static bool CanFollow(int previous, int current)
    {
        if (previous == Outside || PartOf(previous) is Last or Unit)
        {
            return CanStart(current);
        }

        return current != Outside && TypeOf(current) == TypeOf(previous) && PartOf(current) is Inside or Last;
    }

    /// <summary>Reads an IOB2 (or IOB1) tag such as <c>B-PER</c>; false for an unknown tag.</summary>
    public static bool TryParseIob(ReadOnlySpan<char> tag, out bool begins, out EntityLabel type, out bool outside)
    {
        begins = false;
        type = EntityLabel.Person;
        outside = false;
        if (tag.SequenceEqual("O"))
        {
            outside = true;
            return true;
        }

        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I'))
        {
            return false;
        }

        begins = tag[0] == 'B';
        ReadOnlySpan<char> name = tag[2..];
        if (name.SequenceEqual("PER"))
        {
            type = EntityLabel.Person;
        }
        else if (name.SequenceEqual("LOC"))
        {
            type = EntityLabel.Location;
        }
        else if (name.SequenceEqual("ORG"))
        {
            type = EntityLabel.Organization;
        }
        else if (name.SequenceEqual("MISC"))
        {
            type = EntityLabel.Misc;
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Converts entity spans over tokens (type or -1 per token, and span starts) into BILOU tags.</summary>
    /// <param name="types">Per token: the entity type index, or -1 outside any entity.</param>
    /// <param name="starts">Per token: whether an entity starts there.</param>
    /// <param name="tags">Receives the BILOU tags.</param>
    public static void FromSpans(ReadOnlySpan<int> types, ReadOnlySpan<bool> starts, Span<int> tags)
    {
        for (int i = 0; i < types.Length; i++)
        {
            if (types[i] < 0)
            {
                tags[i] = Outside;
                continue;
            }

            bool begins = starts[i] || i == 0 || types[i - 1] != types[i];
            bool continues = i + 1 < types.Length && types[i + 1] == types[i] && !starts[i + 1];
            int part = (begins, continues) switch
            {
                (true, true) => Begin,
                (true, false) => Unit,
                (false, true) => Inside,
                _ => Last,
            };
            tags[i] = Of((EntityLabel)types[i], part);
        }
    }

    private static string[] BuildNames()
    {
        var names = new string[Count];
        names[0] = "O";
        string[] types = ["PER", "LOC", "ORG", "MISC"];
        string[] parts = ["B", "I", "L", "U"];
        for (int type = 0; type < 4; type++)
        {
            for (int part = 0; part < 4; part++)
            {
                names[1 + (4 * type) + part] = parts[part] + "-" + types[type];
            }
        }

        return names;
    }
}
