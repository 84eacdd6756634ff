using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Extraction.Entities;
using Extraction.Models;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract eval ner --lang fr [--model MODEL] --test FILE [--json]</c>: exact-span P/R/F1 per label and micro on
/// a CoNLL file's own tokens; <c>--gold-dir DIR [--pred-dir OUT]</c>: runs the whole pipeline (tokenizer included)
/// on <c>DIR/&lt;lang&gt;-*.txt</c>, writes Document JSON per id for <c>score.py</c> and prints the entity figures.
/// </summary>
internal static class EvalNerCommand
{
    private static readonly string[] s_labels = ["PER", "LOC", "ORG", "MISC"];

    public static Command Build()
    {
        var lang = new Option<string>("--lang") { Description = "The language: fr, en or es.", Required = true };
        var model = new Option<string?>("--model") { Description = "A model file (default: the model embedded in the library)." };
        var test = new Option<string?>("--test") { Description = "CoNLL test file(s), comma-separated (tagged on their given tokens)." };
        var goldDir = new Option<string?>("--gold-dir") { Description = "A folder of <id>.txt + <id>.json gold files (../shared/eval/dev): run the pipeline on the texts of the language." };
        var predDir = new Option<string?>("--pred-dir") { Description = "With --gold-dir: where to write the predicted Document JSON (default: a temporary folder)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with micro and perLabel precision, recall, f1." };
        var predictions = new Option<string?>("--predictions")
        {
            Description = "With --test: write every token as token<TAB>gold<TAB>predicted (BILOU), a blank line between sentences, for error analysis.",
        };
        Option<string> documents = TrainNerCommand.DocumentsOption();
        var command = new Command("ner", "Named-entity precision / recall / F1 (exact span match) per label and micro.")
        {
            lang, model, test, goldDir, predDir, json, predictions, documents,
        };
        command.SetAction(parse =>
        {
            Language language = LanguageCodes.Parse(parse.GetValue(lang)!);
            string? modelPath = parse.GetValue(model);
            EntityTagger tagger = modelPath is null ? ModelStore.Tagger(language) : EntityTagger.Load(modelPath);
            if (tagger.Info.Language != LanguageCodes.ToCode(language))
            {
                throw new ModelLoadException($"Model '{modelPath ?? ModelStore.ResourceName(language)}' is for '{tagger.Info.Language}', not {LanguageCodes.ToCode(language)}.");
            }

            string? gold = parse.GetValue(goldDir);
            string? tests = parse.GetValue(test);
            if (gold is null && tests is null)
            {
                Console.Error.WriteLine("Give --test FILE or --gold-dir DIR.");
                return 2;
            }

            var results = new List<(string Name, NerScore Score)>();
            using StreamWriter? tokensOut = parse.GetValue(predictions) is { } predictionPath ? new StreamWriter(predictionPath) : null;
            foreach (string path in TrainNerCommand.Split(tests))
            {
                List<NerDocument> read = NerDocument.ReadConll(path, TrainNerCommand.SplitsAtDatelines(parse.GetValue(documents)));
                results.Add((path, PerceptronTrainer.Evaluate(tagger, read)));
                if (tokensOut is not null)
                {
                    WritePredictions(tagger, read, tokensOut);
                }
            }

            if (gold is not null)
            {
                string output = parse.GetValue(predDir) ?? Path.Combine(Path.GetTempPath(), $"extract-ner-{LanguageCodes.ToCode(language)}-{Environment.ProcessId}");
                results.Add((gold, ScoreGoldDir(modelPath, language, gold, output)));
                Console.Error.WriteLine($"predictions in {output}; reference scorer: python3 score.py {gold} {output}");
            }

            bool asJson = parse.GetValue(json);
            foreach ((string name, NerScore score) in results)
            {
                if (asJson)
                {
                    Console.WriteLine(ToJson(name, tagger, score).ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
                }
                else
                {
                    Print(name, tagger, score);
                }
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// Runs the entity pipeline (tokenizer, splitter, tagger with <paramref name="modelPath"/> or the embedded model,
    /// document-level name consistency) on each text of the language and scores entities like score.py.
    /// </summary>
    internal static NerScore ScoreGoldDir(string? modelPath, Language language, string goldDir, string predDir)
    {
        Directory.CreateDirectory(predDir);
        string code = LanguageCodes.ToCode(language);
        Extractor extractor = Extractor.Create(new ExtractorOptions
        {
            Languages = [language],
            Layers = Layers.Sentences | Layers.Entities,
            NerModelPaths = modelPath is null ? new Dictionary<Language, string>() : new Dictionary<Language, string> { [language] = modelPath },
        });
        var score = new GoldCounts();
        foreach (string textPath in Directory.GetFiles(goldDir, $"{code}-*.txt").Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(textPath);
            string text = File.ReadAllText(textPath);
            Document document = extractor.Extract(new TextInput(id, text));
            using (FileStream stream = File.Create(Path.Combine(predDir, id + ".json")))
            {
                DocumentJson.WriteTo(stream, document, includeTokens: false, indented: true);
            }

            string goldPath = Path.ChangeExtension(textPath, ".json");
            if (File.Exists(goldPath))
            {
                score.Add(goldPath, document.Entities);
            }
        }

        return score.ToScore();
    }

    private static void WritePredictions(EntityTagger tagger, List<NerDocument> documents, StreamWriter output)
    {
        foreach (NerDocument document in documents)
        {
            var predicted = new int[document.Tokens.Length];
            tagger.TagTokens(document.Text, document.Tokens, document.SentenceStarts, predicted);
            for (int s = 0; s < document.SentenceCount; s++)
            {
                (int start, int end) = document.SentenceRange(s);
                for (int i = start; i < end; i++)
                {
                    output.Write(document.WordOf(i));
                    output.Write('\t');
                    output.Write(EntityTags.NameOf(document.Gold[i]));
                    output.Write('\t');
                    output.WriteLine(EntityTags.NameOf(predicted[i]));
                }

                output.WriteLine();
            }
        }
    }

    private static void Print(string name, EntityTagger tagger, NerScore score)
    {
        Console.WriteLine($"{name} (model {tagger.Info.Name} {tagger.Info.Version})");
        for (int type = 0; type < 4; type++)
        {
            Console.WriteLine(Line(s_labels[type], score.Of((EntityLabel)type)));
        }

        Console.WriteLine(Line("micro", score.Micro));
    }

    private static string Line(string what, (int Gold, int Predicted, int Correct) c) => string.Create(
        CultureInfo.InvariantCulture,
        $"{what,-6} P={NerScore.Precision(c) * 100:F2} R={NerScore.Recall(c) * 100:F2} F1={NerScore.F1(c) * 100:F2}  (gold {c.Gold}, predicted {c.Predicted}, correct {c.Correct})");

    private static JsonObject ToJson(string name, EntityTagger tagger, NerScore score)
    {
        var perLabel = new JsonObject();
        for (int type = 0; type < 4; type++)
        {
            perLabel[s_labels[type]] = Figures(score.Of((EntityLabel)type));
        }

        return new JsonObject
        {
            ["file"] = name,
            ["model"] = $"{tagger.Info.Name} {tagger.Info.Version}",
            ["micro"] = Figures(score.Micro),
            ["perLabel"] = perLabel,
        };
    }

    private static JsonObject Figures((int Gold, int Predicted, int Correct) c) => new()
    {
        ["precision"] = NerScore.Precision(c),
        ["recall"] = NerScore.Recall(c),
        ["f1"] = NerScore.F1(c),
        ["gold"] = c.Gold,
        ["predicted"] = c.Predicted,
        ["correct"] = c.Correct,
    };

    /// <summary>Entity counts against gold Document JSON files: exact (start, end, label), as score.py counts them.</summary>
    private sealed class GoldCounts
    {
        private readonly NerScore _score = new();

        public void Add(string goldPath, ImmutableArray<Entity> predicted)
        {
            using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            var goldSpans = new List<(int Start, int End, int Type)>();
            if (gold.RootElement.TryGetProperty("entities", out JsonElement entities))
            {
                foreach (JsonElement entity in entities.EnumerateArray())
                {
                    int type = Array.IndexOf(s_labels, entity.GetProperty("label").GetString());
                    if (type >= 0)
                    {
                        goldSpans.Add((entity.GetProperty("start").GetInt32(), entity.GetProperty("end").GetInt32(), type));
                    }
                }
            }

            var predictedSpans = new List<(int Start, int End, int Type)>();
            foreach (Entity entity in predicted)
            {
                predictedSpans.Add((entity.Span.Start, entity.Span.End, (int)entity.Label));
            }

            _score.AddSpans(CollectionsMarshal.AsSpan(goldSpans), CollectionsMarshal.AsSpan(predictedSpans));
        }

        public NerScore ToScore() => _score;
    }
}
