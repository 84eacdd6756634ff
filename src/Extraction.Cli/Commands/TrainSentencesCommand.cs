using System.CommandLine;
using System.Globalization;
using Extraction.Cli.Evaluation;
using Extraction.Entities;
using Extraction.Models;
using Extraction.Pipeline;
using Extraction.Tokenization;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract train sentences --lang fr --train FILE[,FILE...] --dev FILE --clusters FILE --out MODEL</c>: trains
/// the sentence boundary model on Universal Dependencies files (raw text rebuilt as <c>eval tokenize</c> does),
/// reproducibly (fixed seed), printing dev sentence F1 per epoch and keeping the best epoch.
/// </summary>
internal static class TrainSentencesCommand
{
    public static Command Build()
    {
        var lang = new Option<string>("--lang") { Description = "The language of the treebanks: fr, en or es.", Required = true };
        var train = new Option<string>("--train")
        {
            Description = "Training .conllu(.gz) files, comma-separated; FILE*N repeats a file N times.",
            Required = true,
        };
        var dev = new Option<string>("--dev") { Description = "Development .conllu(.gz) file(s), comma-separated: sentence F1 per epoch; the best epoch is kept.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the model file.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data (default 10).", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed (default 1): same data and seed, same model.", DefaultValueFactory = _ => 1 };
        var bags = new Option<int>("--bags")
        {
            Description = "Perceptrons trained on as many shuffle orders (seed, seed+1, ...) whose weights are averaged (default 1): a steadier model for N times the training time.",
            DefaultValueFactory = _ => 1,
        };
        bags.AcceptOnlyBetween(1, 100);
        var hashBits = new Option<int>("--hash-bits") { Description = "log2 of the number of feature buckets (default 16).", DefaultValueFactory = _ => 16 };
        var clusters = new Option<string?>("--clusters") { Description = "A word cluster file (word<TAB>bits, gzip or plain), copied into the model." };
        var casing = new Option<string?>("--casing")
        {
            Description = "A casing lexicon (word<TAB>class in binary, 1-4 from always lower case to always capitalised; gzip or plain; scripts/build-casing-lexicon.py), copied into the model.",
        };
        var thresholds = new Option<string>("--thresholds")
        {
            Description = "Score thresholds tried after each epoch, comma-separated (default 0); the best on the dev files is kept.",
            DefaultValueFactory = _ => "0",
        };
        var careful = new Option<string?>("--careful-text")
        {
            Description = "Comma-separated text files or folders (*.txt) written with care, every sentence ended by a final mark or a line break, FILE*N to repeat: "
                + "the gaps the rules leave open there are taught as inside a sentence, so the model keeps news text as the rules split it.",
        };
        var version = new Option<string?>("--model-version") { Description = "Model version (default: today, yyyy.MM.dd)." };
        var licence = new Option<string?>("--licence") { Description = "Licence and attribution for the header." };
        var command = new Command("sentences", "Train the sentence boundary model on Universal Dependencies files.")
        {
            lang, train, dev, output, epochs, seed, bags, hashBits, clusters, casing, careful, thresholds, version, licence,
        };
        command.SetAction(parse =>
        {
            Language language = LanguageCodes.Parse(parse.GetValue(lang)!);
            string code = LanguageCodes.ToCode(language);
            WordClusters wordClusters = parse.GetValue(clusters) is { } clusterPath ? TrainClustersCommand.ReadClusters(clusterPath) : WordClusters.Empty;
            WordClusters wordCasing = parse.GetValue(casing) is { } casingPath ? TrainClustersCommand.ReadClusters(casingPath) : WordClusters.Empty;
            var trainer = new BoundaryTrainer(wordClusters, parse.GetValue(hashBits), wordCasing);
            var sources = new List<string>();
            foreach (string item in Split(parse.GetValue(train)))
            {
                (string path, int repeat) = Repeat(item);
                ConlluTreebank treebank = ConlluTreebank.Load(path);
                int before = trainer.Count;
                using var tokens = new PooledList<Token>(treebank.Text.Length / 4);
                Tokenizer.For(language).Tokenize(treebank.Text, tokens);
                trainer.Add(language, treebank.Text, tokens.AsSpan(), treebank.Sentences.Select(s => s.Start).ToHashSet(), repeat);
                Console.Error.WriteLine($"{path}: {treebank.Sentences.Count} sentences, {trainer.Count - before} candidate gaps{(repeat > 1 ? $" (x{repeat})" : "")}");
                sources.Add(Path.GetFileName(path) + (repeat > 1 ? $"*{repeat}" : ""));
            }

            foreach (string item in Split(parse.GetValue(careful)))
            {
                (string path, int repeat) = Repeat(item);
                string[] files = Directory.Exists(path) ? [.. Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal)] : [path];
                int before = trainer.Count;
                foreach (string file in files)
                {
                    string text = File.ReadAllText(file);
                    using var tokens = new PooledList<Token>(text.Length / 4);
                    Tokenizer.For(language).Tokenize(text, tokens);
                    using var sentences = new PooledList<TextSpan>(64);
                    SentenceSplitter.For(language).Split(text, tokens.AsSpan(), sentences, decider: null);
                    var starts = new HashSet<int>();
                    foreach (TextSpan sentence in sentences.AsSpan())
                    {
                        starts.Add(sentence.Start);
                    }

                    trainer.Add(language, text, tokens.AsSpan(), starts, repeat);
                }

                Console.Error.WriteLine($"{path}: {files.Length} careful texts, {trainer.Count - before} candidate gaps{(repeat > 1 ? $" (x{repeat})" : "")}");
                sources.Add(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)) + (repeat > 1 ? $"*{repeat}" : ""));
            }

            Console.Error.WriteLine($"{trainer.Count} examples, {trainer.Boundaries} boundaries");
            List<ConlluTreebank> devSets = [.. Split(parse.GetValue(dev)).Select(ConlluTreebank.Load)];
            var info = new ModelInfo(
                BoundaryModel.Kind,
                $"{code}-sentences",
                parse.GetValue(version) ?? DateTime.UtcNow.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture),
                code,
                string.Join(", ", sources),
                parse.GetValue(licence) ?? "");
            float[] tried = [.. Split(parse.GetValue(thresholds)).Select(t => float.Parse(t, CultureInfo.InvariantCulture))];
            BoundaryModel model = trainer.Train(info, parse.GetValue(epochs), parse.GetValue(seed), tried, (epoch, candidate) =>
            {
                double sum = 0;
                var line = new List<string>();
                foreach (ConlluTreebank set in devSets)
                {
                    SpanScore score = EvalTokenizeCommand.ScoreSentences(set, language, candidate).Sentences;
                    sum += score.F1;
                    line.Add(string.Create(CultureInfo.InvariantCulture, $"P={score.Precision * 100:F2} R={score.Recall * 100:F2} F1={score.F1 * 100:F2}"));
                }

                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch} threshold {candidate.Threshold}: {string.Join("; ", line)}"));
                return sum;
            }, parse.GetValue(bags));
            using (FileStream file = File.Create(parse.GetValue(output)!))
            {
                model.Save(file);
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {parse.GetValue(output)} (threshold {model.Threshold})"));
            return 0;
        });
        return command;
    }

    /// <summary>A path and its repeat count from <c>PATH*N</c> (1 without a star).</summary>
    private static (string Path, int Repeat) Repeat(string item)
    {
        int star = item.LastIndexOf('*');
        return star > 0 ? (item[..star], int.Parse(item[(star + 1)..], CultureInfo.InvariantCulture)) : (item, 1);
    }

    private static string[] Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
