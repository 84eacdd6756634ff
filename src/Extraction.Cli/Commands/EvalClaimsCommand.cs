using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Extraction.Claims;
using Extraction.Cli.Evaluation;
using Extraction.Coreference;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract eval claims --gold DIR</c>: runs the default pipeline on every <c>DIR/&lt;id&gt;.txt</c> (language from
/// the gold JSON), writes the Document JSON to <c>--pred-out</c>, and scores it as <c>score.py</c> does.
/// </summary>
internal static class EvalClaimsCommand
{
    public static Command Build()
    {
        var gold = new Option<string>("--gold") { Description = "A folder of gold files: <id>.txt and <id>.json (../shared/eval/dev).", Required = true };
        var predOut = new Option<string?>("--pred-out") { Description = "Where to write the predicted <id>.json (default: a new temporary folder)." };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object (the shape of score.py --json)." };
        var oracle = new Option<bool>("--oracle-entities") { Description = "Diagnostic: use the gold entities instead of the tagger's (not the headline figure)." };
        var command = new Command("claims", "Claim, cue and speaker accuracy and entity P/R/F1 against gold files, as ../shared/eval/score.py computes them.")
        {
            gold, predOut, json, oracle,
        };
        command.SetAction(parse =>
        {
            string goldDir = parse.GetValue(gold)!;
            if (!Directory.Exists(goldDir))
            {
                Console.Error.WriteLine($"extract eval claims: the gold folder '{goldDir}' does not exist.");
                return 2;
            }

            string predDir = parse.GetValue(predOut) ?? Directory.CreateTempSubdirectory("extract-claims-").FullName;
            Directory.CreateDirectory(predDir);
            bool useOracle = parse.GetValue(oracle);
            List<string> ids = Predict(goldDir, predDir, useOracle);
            ClaimScore score = ClaimScorer.Score(goldDir, predDir, ids);
            if (parse.GetValue(json))
            {
                Console.WriteLine(ToJson(score).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                Print(score);
                PrintRules(goldDir, predDir, ids);
                Console.WriteLine($"predictions: {predDir}{(useOracle ? "  (oracle entities: diagnostic only)" : string.Empty)}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>Runs the pipeline on each gold text and writes its Document JSON; returns the ids.</summary>
    internal static List<string> Predict(string goldDir, string predDir, bool oracleEntities)
    {
        List<string> ids = ClaimScorer.GoldIds(goldDir);
        var extractors = new Dictionary<Language, Extractor>();
        foreach (string id in ids)
        {
            string textPath = Path.Combine(goldDir, id + ".txt");
            if (!File.Exists(textPath))
            {
                continue;
            }

            string text = File.ReadAllText(textPath);
            JsonNode goldDoc = JsonNode.Parse(File.ReadAllText(Path.Combine(goldDir, id + ".json")))!;
            Language language = LanguageCodes.Parse(goldDoc["language"]?.GetValue<string>() ?? "fr");
            Document document;
            if (oracleEntities)
            {
                document = RunWithEntities(id, text, language, GoldEntities(goldDoc));
            }
            else
            {
                if (!extractors.TryGetValue(language, out Extractor? extractor))
                {
                    extractor = Extractor.Create(new ExtractorOptions { Languages = [language], IncludeTokens = false });
                    extractors[language] = extractor;
                }

                document = extractor.Extract(text, language);
            }

            using FileStream stream = File.Create(Path.Combine(predDir, id + ".json"));
            DocumentJson.WriteTo(stream, document, includeTokens: false, indented: true);
        }

        return ids;
    }

    private static List<Entity> GoldEntities(JsonNode goldDoc)
    {
        var entities = new List<Entity>();
        if (goldDoc["entities"] is JsonArray array)
        {
            foreach (JsonNode? e in array)
            {
                if (e is null)
                {
                    continue;
                }

                EntityLabel label = e["label"]?.GetValue<string>() switch
                {
                    "PER" => EntityLabel.Person,
                    "ORG" => EntityLabel.Organization,
                    "LOC" => EntityLabel.Location,
                    _ => EntityLabel.Misc,
                };
                entities.Add(new Entity(new TextSpan(e["start"]!.GetValue<int>(), e["end"]!.GetValue<int>()), label));
            }
        }

        entities.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return entities;
    }

    /// <summary>Tokens and sentences from the default plan, the given entities, then coreference and claims.</summary>
    private static Document RunWithEntities(string id, string text, Language language, List<Entity> entities)
    {
        StagePlan plan = StageCatalog.PlanFor(language, Layers.Tokens | Layers.Sentences);
        using var work = new Annotations(id, text, language);
        plan.Run(work, CancellationToken.None);
        foreach (Entity entity in entities)
        {
            work.Entities.Add(entity);
        }

        new CoreferenceStage(readsEntities: true).Run(work, CancellationToken.None);
        new ClaimStage(language, null, readsEntities: true).Run(work, CancellationToken.None);
        return work.Freeze(includeTokens: false);
    }

    private static void Print(ClaimScore score)
    {
        foreach (DocScore doc in score.Docs)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{doc.Id,-28} {{'entity_f1': {Py(doc.EntityF1)}, 'claims_gold': {doc.ClaimsGold}, 'claims_pred': {doc.ClaimsPred}, 'claims_matched': {doc.ClaimsMatched}, 'speaker_ok': '{doc.SpeakerOk}/{doc.SpeakerN}', 'e2e_correct': {doc.EndToEndCorrect}}}"));
        }

        string labels = string.Join(", ", score.EntityPerLabel.Select(l => $"'{l.Label}': {Py(l.F1)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entities  P={score.EntityP:F3} R={score.EntityR:F3} F1={score.EntityF1:F3}  {{{labels}}}"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"claims    P={score.ClaimP:F3} R={score.ClaimR:F3} F1={score.ClaimF1:F3}  kind={score.KindAccuracy:F3} cue={score.CueAccuracy:F3} speaker={score.SpeakerAccuracy:F3} attributionF1={score.AttributionF1:F3}  resolved: speaker={score.SpeakerResolvedAccuracy:F3} attributionF1={score.AttributionResolvedF1:F3}"));
    }

    /// <summary>Precision per sieve: how many predicted claims of each rule match a gold claim.</summary>
    private static void PrintRules(string goldDir, string predDir, List<string> ids)
    {
        var perRule = new SortedDictionary<string, (int Predicted, int Matched)>(StringComparer.Ordinal);
        foreach (string id in ids)
        {
            string predPath = Path.Combine(predDir, id + ".json");
            if (!File.Exists(predPath))
            {
                continue;
            }

            JsonNode gold = JsonNode.Parse(File.ReadAllText(Path.Combine(goldDir, id + ".json")))!;
            JsonNode pred = JsonNode.Parse(File.ReadAllText(predPath))!;
            var goldSpans = new List<(int, int)>();
            foreach (JsonNode? g in gold["claims"] as JsonArray ?? [])
            {
                goldSpans.Add((g!["content"]!["start"]!.GetValue<int>(), g["content"]!["end"]!.GetValue<int>()));
            }

            foreach (JsonNode? p in pred["claims"] as JsonArray ?? [])
            {
                string rule = p?["rule"]?.GetValue<string>() ?? "?";
                int start = p!["content"]!["start"]!.GetValue<int>();
                int end = p["content"]!["end"]!.GetValue<int>();
                bool matched = goldSpans.Any(g => Math.Min(g.Item2, end) - Math.Max(g.Item1, start) is int o && o > 0 && o * 2 >= Math.Max(g.Item2 - g.Item1, end - start));
                (int predicted, int ok) = perRule.TryGetValue(rule, out (int, int) v) ? v : (0, 0);
                perRule[rule] = (predicted + 1, ok + (matched ? 1 : 0));
            }
        }

        foreach ((string rule, (int predicted, int matched)) in perRule)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rule {rule,-20} predicted={predicted} matched={matched} precision={(predicted > 0 ? (double)matched / predicted : 0):F3}"));
        }
    }

    private static string Py(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);

    private static JsonObject ToJson(ClaimScore score)
    {
        var docs = new JsonObject();
        foreach (DocScore doc in score.Docs)
        {
            docs[doc.Id] = new JsonObject
            {
                ["entity_f1"] = doc.EntityF1,
                ["claims_gold"] = doc.ClaimsGold,
                ["claims_pred"] = doc.ClaimsPred,
                ["claims_matched"] = doc.ClaimsMatched,
                ["speaker_ok"] = $"{doc.SpeakerOk}/{doc.SpeakerN}",
                ["e2e_correct"] = doc.EndToEndCorrect,
            };
        }

        var labels = new JsonObject();
        foreach ((string label, double f1) in score.EntityPerLabel)
        {
            labels[label] = f1;
        }

        return new JsonObject
        {
            ["docs"] = docs,
            ["entity"] = new JsonObject { ["p"] = score.EntityP, ["r"] = score.EntityR, ["f1"] = score.EntityF1, ["per_label"] = labels },
            ["claims"] = new JsonObject
            {
                ["p"] = score.ClaimP,
                ["r"] = score.ClaimR,
                ["f1"] = score.ClaimF1,
                ["kind_acc"] = score.KindAccuracy,
                ["cue_acc"] = score.CueAccuracy,
                ["speaker_acc"] = score.SpeakerAccuracy,
                ["attribution_f1"] = score.AttributionF1,
                ["speaker_resolved_acc"] = score.SpeakerResolvedAccuracy,
                ["attribution_resolved_f1"] = score.AttributionResolvedF1,
            },
        };
    }
}
