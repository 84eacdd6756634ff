using System.IO.Compression;
using System.Text;

namespace Extraction.Cli.Evaluation;

/// <summary>
/// A Universal Dependencies file read as raw text with gold token and sentence spans, built the way the
/// CoNLL 2018 shared task (and the project's reference scorer) builds it: sentences joined by a space, or a line
/// break at a new paragraph or document; surface tokens only (a multi-word token counts once).
/// </summary>
internal sealed class ConlluTreebank
{
    private ConlluTreebank(string text, List<TextSpan> tokens, List<TextSpan> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Tokens { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    public static ConlluTreebank Load(string path)
    {
        using Stream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader);
    }

    public static ConlluTreebank Read(TextReader reader)
    {
        var text = new StringBuilder();
        var tokens = new List<TextSpan>();
        var sentences = new List<TextSpan>();
        var current = new List<(string Form, bool NoSpaceAfter)>();
        bool newParagraph = false;
        int skipUntil = 0;

        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }

            if (sentences.Count > 0)
            {
                text.Append(newParagraph ? '\n' : ' ');
            }

            int start = text.Length;
            for (int i = 0; i < current.Count; i++)
            {
                int tokenStart = text.Length;
                text.Append(current[i].Form);
                tokens.Add(new TextSpan(tokenStart, text.Length));
                if (i < current.Count - 1 && !current[i].NoSpaceAfter)
                {
                    text.Append(' ');
                }
            }

            sentences.Add(new TextSpan(start, text.Length));
            current.Clear();
            newParagraph = false;
            skipUntil = 0;
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# newpar", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    newParagraph = true;
                }

                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length < 10)
            {
                throw new InvalidDataException($"A CoNLL-U line has {columns.Length} columns instead of 10: '{line}'.");
            }

            string id = columns[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            bool noSpace = columns[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            int dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                skipUntil = int.Parse(id.AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture);
                current.Add((columns[1], noSpace));
                continue;
            }

            if (int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) <= skipUntil)
            {
                continue;
            }

            current.Add((columns[1], noSpace));
        }

        Flush();
        return new ConlluTreebank(text.ToString(), tokens, sentences);
    }
}
