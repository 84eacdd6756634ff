using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Extraction.Cli.Evaluation;

/// <summary>
/// Scores Document JSON predictions against gold files exactly as <c>../shared/eval/score.py</c> does (rules:
/// <c>../shared/formats/README.md</c> section 3): entity P/R/F1 (overall and per label), claim P/R/F1, kind, cue
/// and speaker accuracy, end-to-end attribution F1, and their strict "resolved" variants.
/// </summary>
internal static class ClaimScorer
{
    private static readonly string[] EntityLabels = ["PER", "LOC", "ORG", "MISC"];

    /// <summary>Scores the predictions in <paramref name="predDir"/> for the gold files in <paramref name="goldDir"/>.</summary>
    public static ClaimScore Score(string goldDir, string predDir, IReadOnlyList<string>? ids = null)
    {
        ids ??= GoldIds(goldDir);
        var total = new Totals();
        var perLabel = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var docs = new List<DocScore>();
        foreach (string id in ids)
        {
            JsonNode gold = JsonNode.Parse(File.ReadAllText(Path.Combine(goldDir, id + ".json")))!;
            string predPath = Path.Combine(predDir, id + ".json");
            JsonNode pred = File.Exists(predPath) ? JsonNode.Parse(File.ReadAllText(predPath))! : new JsonObject { ["entities"] = new JsonArray(), ["claims"] = new JsonArray() };

            HashSet<(int, int, string)> goldEntities = EntitiesOf(gold, filter: false);
            HashSet<(int, int, string)> predEntities = EntitiesOf(pred, filter: true);
            int tp = goldEntities.Count(predEntities.Contains);
            int fp = predEntities.Count(e => !goldEntities.Contains(e));
            int fn = goldEntities.Count(e => !predEntities.Contains(e));
            total.EntityTp += tp;
            total.EntityFp += fp;
            total.EntityFn += fn;
            foreach (string label in EntityLabels)
            {
                var g1 = goldEntities.Where(e => e.Item3 == label).ToHashSet();
                var p1 = predEntities.Where(e => e.Item3 == label).ToHashSet();
                if (!perLabel.TryGetValue(label, out int[]? counts))
                {
                    perLabel[label] = counts = new int[3];
                }

                counts[0] += g1.Count(p1.Contains);
                counts[1] += p1.Count(e => !g1.Contains(e));
                counts[2] += g1.Count(e => !p1.Contains(e));
            }

            List<JsonNode> goldClaims = ListOf(gold["claims"]);
            List<JsonNode> predClaims = ListOf(pred["claims"]);
            List<(JsonNode Gold, JsonNode Pred)> matched = Match(goldClaims, predClaims);
            total.ClaimTp += matched.Count;
            total.ClaimFp += predClaims.Count - matched.Count;
            total.ClaimFn += goldClaims.Count - matched.Count;
            int speakerN = 0;
            int speakerOk = 0;
            int endToEnd = 0;
            foreach ((JsonNode g, JsonNode p) in matched)
            {
                total.KindOk += Str(g["kind"]) == Str(p["kind"]) ? 1 : 0;
                if (IsTruthy(g["cue"]))
                {
                    total.CueN++;
                    total.CueOk += IsTruthy(p["cue"]) && Overlap(g["cue"]!, p["cue"]!) > 0 ? 1 : 0;
                }

                bool ok = SpeakerOk(g, p, gold);
                bool resolved = SpeakerResolved(g, p);
                if (!string.IsNullOrEmpty(Str(g["speakerCanonical"])))
                {
                    speakerN++;
                    speakerOk += ok ? 1 : 0;
                    total.ResolvedOk += resolved ? 1 : 0;
                }

                endToEnd += ok ? 1 : 0;
                total.EndToEndResolved += resolved ? 1 : 0;
            }

            total.SpeakerN += speakerN;
            total.SpeakerOk += speakerOk;
            total.EndToEnd += endToEnd;
            docs.Add(new DocScore(id, Round3(Prf(tp, fp, fn).F1), goldClaims.Count, predClaims.Count, matched.Count, speakerOk, speakerN, endToEnd));
        }

        (double ep, double er, double ef) = Prf(total.EntityTp, total.EntityFp, total.EntityFn);
        (double cp, double cr, double cf) = Prf(total.ClaimTp, total.ClaimFp, total.ClaimFn);
        double af = Prf(total.EndToEnd, total.ClaimFp + (total.ClaimTp - total.EndToEnd), total.ClaimFn + (total.ClaimTp - total.EndToEnd)).F1;
        double rf = Prf(total.EndToEndResolved, total.ClaimFp + (total.ClaimTp - total.EndToEndResolved), total.ClaimFn + (total.ClaimTp - total.EndToEndResolved)).F1;
        var labels = new List<(string, double)>();
        foreach (string label in EntityLabels)
        {
            int[] c = perLabel.TryGetValue(label, out int[]? counts) ? counts : new int[3];
            labels.Add((label, Round3(Prf(c[0], c[1], c[2]).F1)));
        }

        return new ClaimScore(
            docs,
            ep,
            er,
            ef,
            labels,
            cp,
            cr,
            cf,
            total.ClaimTp > 0 ? (double)total.KindOk / total.ClaimTp : 0.0,
            total.CueN > 0 ? (double)total.CueOk / total.CueN : 0.0,
            total.SpeakerN > 0 ? (double)total.SpeakerOk / total.SpeakerN : 0.0,
            af,
            total.SpeakerN > 0 ? (double)total.ResolvedOk / total.SpeakerN : 0.0,
            rf);
    }

    /// <summary>The ids of the gold files, sorted as Python sorts strings.</summary>
    public static List<string> GoldIds(string goldDir)
    {
        var ids = Directory.EnumerateFiles(goldDir, "*.json").Select(path => Path.GetFileName(path)[..^5]).ToList();
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>The lower-case, accent-free, single-spaced form the scorer compares names in.</summary>
    public static string? Fold(string? s)
    {
        if (s is null)
        {
            return null;
        }

        string decomposed = s.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            builder.Append(c);
        }

        string lower = builder.ToString().ToLowerInvariant().Replace('\u2019', '\'');
        return string.Join(' ', lower.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static List<(JsonNode, JsonNode)> Match(List<JsonNode> gold, List<JsonNode> pred)
    {
        var pairs = new List<(int Overlap, int Gold, int Pred)>();
        for (int gi = 0; gi < gold.Count; gi++)
        {
            for (int pi = 0; pi < pred.Count; pi++)
            {
                if (!IsTruthy(pred[pi]["content"]))
                {
                    continue;
                }

                JsonNode g = gold[gi]["content"]!;
                JsonNode p = pred[pi]["content"]!;
                int o = Overlap(g, p);
                int longer = Math.Max(Math.Max(Int(g["end"]) - Int(g["start"]), Int(p["end"]) - Int(p["start"])), 1);
                if (o > 0 && (double)o / longer >= 0.5)
                {
                    pairs.Add((o, gi, pi));
                }
            }
        }

        // Python sorts the (overlap, gold, pred) tuples in reverse.
        pairs.Sort((a, b) => a.Overlap != b.Overlap ? b.Overlap.CompareTo(a.Overlap) : a.Gold != b.Gold ? b.Gold.CompareTo(a.Gold) : b.Pred.CompareTo(a.Pred));
        var usedGold = new HashSet<int>();
        var usedPred = new HashSet<int>();
        var result = new List<(JsonNode, JsonNode)>();
        foreach ((_, int gi, int pi) in pairs)
        {
            if (usedGold.Contains(gi) || usedPred.Contains(pi))
            {
                continue;
            }

            usedGold.Add(gi);
            usedPred.Add(pi);
            result.Add((gold[gi], pred[pi]));
        }

        return result;
    }

    private static bool SpeakerOk(JsonNode g, JsonNode p, JsonNode goldDoc)
    {
        string? want = Fold(Str(g["speakerCanonical"]));
        if (want is null)
        {
            return true;
        }

        if (Fold(Str(p["speakerCanonical"])) == want)
        {
            return true;
        }

        JsonNode? speaker = p["speaker"];
        if (IsTruthy(speaker))
        {
            foreach (JsonNode cluster in ListOf(goldDoc["clusters"]))
            {
                if (Fold(Str(cluster["canonical"])) != want)
                {
                    continue;
                }

                foreach (JsonNode mention in ListOf(cluster["mentions"]))
                {
                    int s = Int(mention[0]);
                    int e = Int(mention[1]);
                    if (Math.Max(0, Math.Min(e, Int(speaker!["end"])) - Math.Max(s, Int(speaker["start"]))) > 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool SpeakerResolved(JsonNode g, JsonNode p)
    {
        string? want = Fold(Str(g["speakerCanonical"]));
        return want is null || Fold(Str(p["speakerCanonical"])) == want;
    }

    private static HashSet<(int, int, string)> EntitiesOf(JsonNode doc, bool filter)
    {
        var set = new HashSet<(int, int, string)>();
        foreach (JsonNode e in ListOf(doc["entities"]))
        {
            string label = Str(e["label"]) ?? string.Empty;
            if (filter && Array.IndexOf(EntityLabels, label) < 0)
            {
                continue;
            }

            set.Add((Int(e["start"]), Int(e["end"]), label));
        }

        return set;
    }

    private static List<JsonNode> ListOf(JsonNode? node) => node is JsonArray array ? array.Where(n => n is not null).Select(n => n!).ToList() : [];

    private static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonObject o => o.Count > 0,
        JsonArray a => a.Count > 0,
        JsonValue v when v.TryGetValue(out string? s) => !string.IsNullOrEmpty(s),
        JsonValue v when v.TryGetValue(out bool b) => b,
        _ => true,
    };

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static int Int(JsonNode? node) => node is JsonValue v && v.TryGetValue(out int i) ? i : 0;

    private static int Overlap(JsonNode a, JsonNode b) =>
        Math.Max(0, Math.Min(Int(a["end"]), Int(b["end"])) - Math.Max(Int(a["start"]), Int(b["start"])));

    private static (double P, double R, double F1) Prf(int tp, int fp, int fn)
    {
        double p = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return (p, r, f);
    }

    private static double Round3(double value) => Math.Round(value, 3, MidpointRounding.ToEven);

    private sealed class Totals
    {
        public int EntityTp { get; set; }

        public int EntityFp { get; set; }

        public int EntityFn { get; set; }

        public int ClaimTp { get; set; }

        public int ClaimFp { get; set; }

        public int ClaimFn { get; set; }

        public int KindOk { get; set; }

        public int CueN { get; set; }

        public int CueOk { get; set; }

        public int SpeakerN { get; set; }

        public int SpeakerOk { get; set; }

        public int EndToEnd { get; set; }

        public int ResolvedOk { get; set; }

        public int EndToEndResolved { get; set; }
    }
}

/// <summary>The figures of one document.</summary>
internal sealed record DocScore(string Id, double EntityF1, int ClaimsGold, int ClaimsPred, int ClaimsMatched, int SpeakerOk, int SpeakerN, int EndToEndCorrect);

/// <summary>The figures <c>score.py</c> reports.</summary>
internal sealed record ClaimScore(
    IReadOnlyList<DocScore> Docs,
    double EntityP,
    double EntityR,
    double EntityF1,
    IReadOnlyList<(string Label, double F1)> EntityPerLabel,
    double ClaimP,
    double ClaimR,
    double ClaimF1,
    double KindAccuracy,
    double CueAccuracy,
    double SpeakerAccuracy,
    double AttributionF1,
    double SpeakerResolvedAccuracy,
    double AttributionResolvedF1);
