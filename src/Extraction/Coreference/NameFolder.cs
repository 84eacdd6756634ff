namespace Extraction.Coreference;

/// <summary>
/// Folds name spans of one document into their words (<see cref="NameMatcher.WordsOf"/>) once per distinct spelling:
/// a name that recurs is looked up by span, without allocating.
/// </summary>
internal sealed class NameFolder
{
    private readonly string _text;
    private readonly Dictionary<string, string[]> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameFolder(string text)
    {
        _text = text;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string[] WordsOf(TextSpan span)
    {
        ReadOnlySpan<char> name = _text.AsSpan(span.Start, span.Length);
        if (_lookup.TryGetValue(name, out string[]? words))
        {
            return words;
        }

        words = NameMatcher.WordsOf(name);
        _lookup[name] = words;
        return words;
    }
}
