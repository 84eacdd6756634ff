using System.IO.Compression;
using System.Text;

namespace Extraction.Cli.Evaluation;

/// <summary>One gold quotation fragment of fr-litbank-quotes: its span (marks trimmed), cue span and speaker chain.</summary>
internal sealed record GoldQuote(TextSpan Content, TextSpan? Cue, TextSpan? Speaker, int Chain, string? Canonical);

/// <summary>
/// Reads fr-litbank-quotes (brat standoff: <c>citations/&lt;doc&gt;.txt.gz</c>, <c>.ann.gz</c>, <c>coref/&lt;doc&gt;.ann.gz</c>)
/// and scores Document claims against it: quote spans (exact and overlap), cue and speaker accuracy.
/// </summary>
internal static class LitBankQuotes
{
    /// <summary>The split suggested by the corpus README (by document).</summary>
    public static readonly string[] Dev = ["Douce_Lumiere", "Le_diable_au_corps", "elisabeth_Seton"];

    public static readonly string[] Test = ["Sarrasine", "Pauline", "Le_ventre_de_Paris", "Mademoiselle_Fifi_nouveaux_contes-3"];

    public static string ReadText(string dir, string doc) => ReadGz(Path.Combine(dir, "citations", doc + ".txt.gz"));

    public static IEnumerable<string> AllDocuments(string dir) =>
        Directory.EnumerateFiles(Path.Combine(dir, "citations"), "*.txt.gz").Select(p => Path.GetFileName(p)[..^".txt.gz".Length]).Order(StringComparer.Ordinal);

    private static string ReadGz(string path)
    {
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static List<TextSpan> Spans(string field)
    {
        // "Label 10 20;25 30"
        var spans = new List<TextSpan>();
        int space = field.IndexOf(' ', StringComparison.Ordinal);
        foreach (string part in field[(space + 1)..].Split(';'))
        {
            string[] bounds = part.Trim().Split(' ');
            spans.Add(new TextSpan(int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture)));
        }

        return spans;
    }

    /// <summary>The gold quotation fragments of a document (a quotation interrupted by an incise gives one per fragment).</summary>
    public static List<GoldQuote> Read(string dir, string doc, string text)
    {
        var labels = new Dictionary<string, (string Label, List<TextSpan> Spans)>(StringComparer.Ordinal);
        var source = new Dictionary<string, string>(StringComparer.Ordinal);
        var cue = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in ReadGz(Path.Combine(dir, "citations", doc + ".ann.gz")).Split('\n'))
        {
            string[] f = line.Split('\t');
            if (f.Length >= 2 && f[0].StartsWith('T'))
            {
                labels[f[0]] = (f[1][..f[1].IndexOf(' ', StringComparison.Ordinal)], Spans(f[1]));
            }
            else if (f.Length >= 2 && f[0].StartsWith('R'))
            {
                string[] r = f[1].Split(' ');
                string arg1 = r[1]["Arg1:".Length..];
                string arg2 = r[2]["Arg2:".Length..];
                (r[0] == "Source" ? source : cue)[arg2] = arg1;
            }
        }

        Coref coref = Coref.Read(ReadGz(Path.Combine(dir, "coref", doc + ".ann.gz")), text);
        var quotes = new List<GoldQuote>();
        foreach ((string id, (string label, List<TextSpan> spans)) in labels)
        {
            if (label != "Citation")
            {
                continue;
            }

            TextSpan? cueSpan = cue.TryGetValue(id, out string? c) && labels.TryGetValue(c, out var cv) ? cv.Spans[0] : null;
            TextSpan? speaker = source.TryGetValue(id, out string? s) && labels.TryGetValue(s, out var sv) ? sv.Spans[0] : null;
            int chain = speaker is { } sp ? coref.ChainOf(sp) : -1;
            string? canonical = chain >= 0 ? coref.Canonical(chain) : null;
            foreach (TextSpan fragment in spans)
            {
                TextSpan trimmed = Trim(text, fragment);
                if (!trimmed.IsEmpty)
                {
                    quotes.Add(new GoldQuote(trimmed, cueSpan, speaker, chain, canonical));
                }
            }
        }

        quotes.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return quotes;
    }

    /// <summary>A span without white space, dashes, quote marks and a final comma at its edges.</summary>
    public static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start;
        int end = Math.Min(span.End, text.Length);
        while (start < end && IsEdge(text[start]))
        {
            start++;
        }

        while (end > start && (IsEdge(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return new TextSpan(start, Math.Max(start, end));
    }

    private static bool IsEdge(char c) => char.IsWhiteSpace(c) || c is '\u2014' or '\u2013' or '-' or '\u00AB' or '\u00BB' or '\u201C' or '\u201D' or '"';

    /// <summary>Coreference chains: connected components of the coref layer's links.</summary>
    private sealed class Coref
    {
        private readonly List<(TextSpan Span, int Chain, string Label)> _mentions = [];
        private readonly Dictionary<int, string> _canonical = [];

        public static Coref Read(string ann, string text)
        {
            var coref = new Coref();
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var spans = new List<(TextSpan, string)>();
            var links = new List<(int, int)>();
            foreach (string line in ann.Split('\n'))
            {
                string[] f = line.Split('\t');
                if (f.Length >= 2 && f[0].StartsWith('T'))
                {
                    ids[f[0]] = spans.Count;
                    spans.Add((Spans(f[1])[0], f[1][..f[1].IndexOf(' ', StringComparison.Ordinal)]));
                }
                else if (f.Length >= 2 && f[0].StartsWith('R'))
                {
                    string[] r = f[1].Split(' ');
                    links.Add((ids.GetValueOrDefault(r[1]["Arg1:".Length..], -1), ids.GetValueOrDefault(r[2]["Arg2:".Length..], -1)));
                }
            }

            int[] parent = Enumerable.Range(0, spans.Count).ToArray();
            int Find(int x)
            {
                while (parent[x] != x)
                {
                    parent[x] = parent[parent[x]];
                    x = parent[x];
                }

                return x;
            }

            foreach ((int a, int b) in links)
            {
                if (a >= 0 && b >= 0)
                {
                    parent[Find(a)] = Find(b);
                }
            }

            for (int i = 0; i < spans.Count; i++)
            {
                (TextSpan span, string label) = spans[i];
                int chain = Find(i);
                coref._mentions.Add((span, chain, label));
                string surface = text[span.Start..Math.Min(span.End, text.Length)].Trim();
                bool name = label == "PER" && surface.Length > 0 && char.IsUpper(surface[0]) && surface.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0]));
                if (name && (!coref._canonical.TryGetValue(chain, out string? best) || surface.Length > best.Length))
                {
                    coref._canonical[chain] = surface;
                }
            }

            return coref;
        }

        public int ChainOf(TextSpan span)
        {
            foreach ((TextSpan s, int chain, _) in _mentions)
            {
                if (s.Overlaps(span))
                {
                    return chain;
                }
            }

            return -1;
        }

        public string? Canonical(int chain) => _canonical.GetValueOrDefault(chain);

        public bool InChain(TextSpan span, int chain)
        {
            foreach ((TextSpan s, int c, _) in _mentions)
            {
                if (c == chain && s.Overlaps(span))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Counts for one or more documents.</summary>
    internal sealed class Tally
    {
        public int Gold { get; set; }

        public int Predicted { get; set; }

        public int Exact { get; set; }

        public int Overlap { get; set; }

        public int CueN { get; set; }

        public int CueOk { get; set; }

        public int SpeakerN { get; set; }

        public int SpeakerOk { get; set; }

        public void Add(Tally other)
        {
            Gold += other.Gold;
            Predicted += other.Predicted;
            Exact += other.Exact;
            Overlap += other.Overlap;
            CueN += other.CueN;
            CueOk += other.CueOk;
            SpeakerN += other.SpeakerN;
            SpeakerOk += other.SpeakerOk;
        }
    }

    /// <summary>
    /// Scores the direct claims of a document: a prediction matches a gold fragment by the project's overlap rule
    /// (overlap ≥ half the longer span, greedy by overlap); exact when the trimmed spans are equal. Cue: the spans
    /// overlap. Speaker (gold chains with a capitalised name only): the predicted canonical equals the chain's
    /// fullest name after folding, or the predicted speaker span overlaps a mention of the chain.
    /// </summary>
    public static Tally Score(string dir, string doc, string text, Document predicted)
    {
        List<GoldQuote> gold = Read(dir, doc, text);
        Coref coref = Coref.Read(ReadGz(Path.Combine(dir, "coref", doc + ".ann.gz")), text);
        var pred = predicted.Claims.Where(c => c.Kind == ClaimKind.Direct).ToList();
        var tally = new Tally { Gold = gold.Count, Predicted = pred.Count };
        var pairs = new List<(int Overlap, int G, int P)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int p = 0; p < pred.Count; p++)
            {
                TextSpan a = gold[g].Content;
                TextSpan b = Trim(text, pred[p].Content);
                int overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
                if (overlap > 0 && overlap * 2 >= Math.Max(a.Length, b.Length))
                {
                    pairs.Add((overlap, g, p));
                }
            }
        }

        pairs.Sort((x, y) => y.Overlap.CompareTo(x.Overlap));
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        foreach ((_, int g, int p) in pairs)
        {
            if (!usedG.Add(g) || !usedP.Add(p))
            {
                continue;
            }

            GoldQuote want = gold[g];
            Claim claim = pred[p];
            tally.Overlap++;
            tally.Exact += want.Content == Trim(text, claim.Content) ? 1 : 0;
            if (want.Cue is { } cueSpan)
            {
                tally.CueN++;
                tally.CueOk += claim.Cue is { } c && c.Overlaps(cueSpan) ? 1 : 0;
            }

            if (want.Canonical is not null)
            {
                tally.SpeakerN++;
                bool ok = (claim.SpeakerCanonical is { } name && ClaimScorer.Fold(name) == ClaimScorer.Fold(want.Canonical))
                    || (claim.Speaker is { } s && coref.InChain(s, want.Chain));
                tally.SpeakerOk += ok ? 1 : 0;
            }
        }

        return tally;
    }
}
