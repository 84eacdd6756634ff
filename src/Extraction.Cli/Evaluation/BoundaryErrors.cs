using System.Globalization;

namespace Extraction.Cli.Evaluation;

/// <summary>
/// Sentence boundaries of a treebank compared with predicted ones, grouped by the kind of token before and after
/// the boundary (final mark, colon, word in capitals, capitalised word, dash...): how many gold boundaries of each
/// kind there are, how many were missed, how many predicted ones are not in the gold, with an example of each.
/// The last lines count the gold boundaries that no cue in the raw text announces.
/// </summary>
internal static class BoundaryErrors
{
    private const int Context = 40;

    public static void Print(ConlluTreebank treebank, IReadOnlyList<TextSpan> predicted, TextWriter output)
    {
        string text = treebank.Text;
        IReadOnlyList<TextSpan> tokens = treebank.Tokens;
        var gold = new HashSet<int>(treebank.Sentences.Skip(1).Select(s => s.Start));
        var guessed = new HashSet<int>(predicted.Skip(1).Select(s => s.Start));
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);

        Row RowOf(int start)
        {
            string key = Kind(text, tokens, start);
            if (!rows.TryGetValue(key, out Row? row))
            {
                row = new Row(key);
                rows.Add(key, row);
            }

            return row;
        }

        foreach (int start in gold.Order())
        {
            Row row = RowOf(start);
            row.Gold++;
            if (!guessed.Contains(start))
            {
                row.Missed++;
                row.MissedExample ??= Example(text, start);
            }
        }

        foreach (int start in guessed.Order())
        {
            if (!gold.Contains(start))
            {
                Row row = RowOf(start);
                row.Spurious++;
                row.SpuriousExample ??= Example(text, start);
            }
        }

        output.WriteLine();
        output.WriteLine($"sentence boundaries: gold {gold.Count}, predicted {guessed.Count}, missed {gold.Count - gold.Count(guessed.Contains)}, spurious {guessed.Count - guessed.Count(gold.Contains)}");
        output.WriteLine($"{"before | after",-44} {"gold",6} {"missed",7} {"spurious",8}  example");
        foreach (Row row in rows.Values.OrderByDescending(r => r.Missed + r.Spurious).ThenByDescending(r => r.Gold).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            string example = row.MissedExample is { } m ? "missed: " + m : "";
            if (row.SpuriousExample is { } s)
            {
                example += (example.Length > 0 ? "   " : "") + "spurious: " + s;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Key,-44} {row.Gold,6} {row.Missed,7} {row.Spurious,8}  {example}"));
        }

        // The ceiling: boundaries with no final mark before them, and of those, the ones with nothing after them
        // that could start a sentence either (a lower-case word).
        int unmarked = 0, uncued = 0;
        foreach (int start in gold)
        {
            string before = BeforeKind(text, tokens, start);
            if (before is "final mark" or "abbreviation")
            {
                continue;
            }

            unmarked++;
            if (AfterKind(text, tokens, start) == "lower-case word")
            {
                uncued++;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold boundaries without a final mark before: {unmarked} ({Percent(unmarked, gold.Count)}); of those, before a lower-case word: {uncued} ({Percent(uncued, gold.Count)})"));

        // How ambiguous the commonest unmarked case is: a word then a capitalised word, boundary or not.
        int gaps = 0, boundaries = 0;
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            char first = text[tokens[i].Start];
            char next = text[tokens[i + 1].Start];
            if (char.IsLetterOrDigit(first) && text[tokens[i].End - 1] != '.' && char.IsUpper(next))
            {
                gaps++;
                if (gold.Contains(tokens[i + 1].Start))
                {
                    boundaries++;
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gaps between a word and a capitalised word: {gaps}, of which sentence boundaries: {boundaries} ({Percent(boundaries, gaps)})"));
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "0 %" : string.Create(CultureInfo.InvariantCulture, $"{part * 100.0 / whole:F1} %");

    private static string Kind(string text, IReadOnlyList<TextSpan> tokens, int start) =>
        BeforeKind(text, tokens, start) + " | " + AfterKind(text, tokens, start);

    private static string BeforeKind(string text, IReadOnlyList<TextSpan> tokens, int start)
    {
        int index = TokenBefore(tokens, start);
        if (index < 0)
        {
            return "none";
        }

        string word = text[tokens[index].Start..tokens[index].End];
        return word switch
        {
            "." or "!" or "?" or "..." or "…" or "?!" or "!!" or "!?" => "final mark",
            ";" => "semicolon",
            ":" => "colon",
            "»" or "\"" or "”" or ")" or "]" or "'" or "’" => "closing quote or bracket",
            _ when word.Length > 1 && word[^1] == '.' => "abbreviation",
            _ => WordKind(word),
        };
    }

    private static string AfterKind(string text, IReadOnlyList<TextSpan> tokens, int start)
    {
        int index = TokenBefore(tokens, start) + 1;
        if (index >= tokens.Count)
        {
            return "none";
        }

        string word = text[tokens[index].Start..tokens[index].End];
        return word switch
        {
            "-" or "–" or "—" or "•" or "*" => "dash",
            "«" or "\"" or "“" or "(" or "[" => "opening quote or bracket",
            _ => WordKind(word),
        };
    }

    private static string WordKind(string word)
    {
        char c = word[0];
        if (char.IsDigit(c))
        {
            return "number";
        }

        if (char.IsUpper(c))
        {
            return word.Length > 1 && word.All(ch => !char.IsLower(ch)) ? "word in capitals" : "capitalised word";
        }

        return char.IsLower(c) ? "lower-case word" : "other (" + word + ")";
    }

    /// <summary>The index of the last token that ends at or before <paramref name="offset"/>, or -1.</summary>
    private static int TokenBefore(IReadOnlyList<TextSpan> tokens, int offset)
    {
        int low = 0, high = tokens.Count - 1, found = -1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            if (tokens[middle].End <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    private static string Example(string text, int start)
    {
        int from = Math.Max(0, start - Context);
        int to = Math.Min(text.Length, start + Context);
        return "…" + text[from..start].Replace('\n', ' ').TrimStart() + " ‖ " + text[start..to].Replace('\n', ' ').TrimEnd() + "…";
    }

    private sealed class Row(string key)
    {
        public string Key { get; } = key;

        public int Gold { get; set; }

        public int Missed { get; set; }

        public int Spurious { get; set; }

        public string? MissedExample { get; set; }

        public string? SpuriousExample { get; set; }
    }
}
