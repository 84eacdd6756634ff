using Extraction.Claims;

namespace Extraction.Coreference;

/// <summary>
/// Decides whether two proper names can name the same entity: surname and full name (<c>Zelensky</c> /
/// <c>Volodymyr Zelensky</c>), spelling and transliteration variants (<c>Zelenski</c> / <c>Zelenskyy</c>,
/// <c>Sergueï</c> / <c>Sergei</c>: one edit after folding case and diacritics, two for long words) and acronyms
/// (<c>OTAN</c> for the initials of a longer name).
/// </summary>
internal static class NameMatcher
{
    /// <summary>The folded words of a name (lower case, no diacritics; hyphens and apostrophes kept inside words).</summary>
    public static string[] WordsOf(ReadOnlySpan<char> name) =>
        TextFold.FoldName(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when the names can name the same entity; without <paramref name="fuzzy"/> words must be equal (no spelling variants).</summary>
    public static bool SameEntity(string[] a, string[] b, bool fuzzy = true)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (IsAcronymOf(a, b) || IsAcronymOf(b, a))
        {
            return true;
        }

        if (fuzzy ? !Similar(a[^1], b[^1]) : a[^1] != b[^1])
        {
            return false;
        }

        if (a.Length == 1 || b.Length == 1)
        {
            return true;
        }

        if (fuzzy && a.Length != b.Length && (a.Length > b.Length ? a.AsSpan().EndsWith(b) : b.AsSpan().EndsWith(a)))
        {
            return true;    // a person's last names (Suu Kyi for Aung San Suu Kyi)
        }

        return (fuzzy ? Similar(a[0], b[0]) : a[0] == b[0]) || (a[0].Length == 2 && a[0][1] == '.' && a[0][0] == b[0][0]) || (b[0].Length == 2 && b[0][1] == '.' && b[0][0] == a[0][0]);
    }

    /// <summary>Equal, or within one edit (two for words of eight letters or more) when both have at least five letters.</summary>
    public static bool Similar(string x, string y)
    {
        if (x == y)
        {
            return true;
        }

        int shorter = Math.Min(x.Length, y.Length);
        if (shorter < 5 || Math.Abs(x.Length - y.Length) > 2)
        {
            return false;
        }

        int allowed = shorter >= 8 ? 2 : 1;
        return Distance(x, y, allowed) <= allowed;
    }

    private static bool IsAcronymOf(string[] acronym, string[] name)
    {
        if (acronym.Length != 1 || name.Length < 2 || acronym[0].Length < 2 || acronym[0].Length > 8)
        {
            return false;
        }

        string letters = acronym[0];
        int li = 0;
        foreach (string written in name)
        {
            string word = written[(written.LastIndexOf('\'') + 1)..];
            if (word.Length == 0)
            {
                continue;
            }

            if (word.Length <= 3 && li < letters.Length && word[0] != letters[li])
            {
                continue;
            }

            if (li >= letters.Length || word[0] != letters[li])
            {
                return false;
            }

            li++;
        }

        return li == letters.Length;
    }

    /// <summary>Levenshtein distance, stopping early once it exceeds <paramref name="cap"/>.</summary>
    private static int Distance(string x, string y, int cap)
    {
        if (x.Length > 40 || y.Length > 40)
        {
            return cap + 1;
        }

        Span<int> previous = stackalloc int[y.Length + 1];
        Span<int> current = stackalloc int[y.Length + 1];
        for (int j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            int best = i;
            for (int j = 1; j <= y.Length; j++)
            {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > cap)
            {
                return cap + 1;
            }

            current.CopyTo(previous);
        }

        return previous[y.Length];
    }
}
