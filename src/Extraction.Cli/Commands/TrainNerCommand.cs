using System.CommandLine;
using System.Globalization;
using Extraction.Cli.Training;
using Extraction.Entities;
using Extraction.Models;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract train ner --lang fr --train FILE[,FILE...] --dev FILE --out MODEL</c>: trains an entity tagger on
/// CoNLL files (token&lt;TAB&gt;tag, IOB2, gzip or plain), reproducibly (fixed seed), printing dev F1 per epoch.
/// <c>--trainer maxent</c> fits a Microsoft.ML maximum-entropy classifier over the same features instead of the
/// averaged perceptron; both write the same model format.
/// </summary>
internal static class TrainNerCommand
{
    public static Command Build()
    {
        var lang = new Option<string>("--lang") { Description = "The language of the corpora: fr, en or es.", Required = true };
        var train = new Option<string>("--train")
        {
            Description = "Training CoNLL files, comma-separated; FILE*N repeats a file N times (weights a small in-domain set).",
            Required = true,
        };
        var dev = new Option<string?>("--dev") { Description = "Development CoNLL file(s), comma-separated: dev F1 per epoch; the best epoch is kept." };
        var output = new Option<string>("--out") { Description = "Where to write the model file.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data (default 10).", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed (default 1): same data and seed, same model.", DefaultValueFactory = _ => 1 };
        var hashBits = new Option<int>("--hash-bits") { Description = "log2 of the number of feature buckets (default 20).", DefaultValueFactory = _ => 20 };
        var noMisc = new Option<string?>("--no-misc")
        {
            Description = "Training files (as given to --train) that do not annotate MISC: nationality words they leave untagged are masked, not taught as O.",
        };
        var titles = new Option<string?>("--titles-in-per") { Description = "Training files that keep titles inside PER (M. Duval): titles are moved out." };
        var otherDomains = new Option<string?>("--other-domain")
        {
            Description = "Training files from another domain than the target (the other --train files): each corpus folder gets domain-specific "
                + "copies of every feature, dropped from the model (feature augmentation), so its conventions stay its own.",
        };
        var name = new Option<string?>("--name") { Description = "Model name (default <lang>-ner)." };
        var version = new Option<string?>("--model-version") { Description = "Model version (default: today, yyyy.MM.dd)." };
        var data = new Option<string?>("--training-data") { Description = "Description of the training data for the header (default: the file names)." };
        var licence = new Option<string?>("--licence") { Description = "Licence and attribution for the header." };
        var runs = new Option<int>("--runs") { Description = "Independent runs (seeds seed, seed+1, ...) averaged into one model (default 1).", DefaultValueFactory = _ => 1 };
        var dropout = new Option<double>("--dropout")
        {
            Description = "perceptron: probability of leaving a feature out of a training step, 0 to 0.9 (default 0).",
            DefaultValueFactory = _ => 0,
        };
        dropout.AcceptOnlyBetween(0, 0.9);
        var margin = new Option<float>("--margin")
        {
            Description = "perceptron: score added to every wrong tag while decoding a training sentence, 0 or more (default 0).",
            DefaultValueFactory = _ => 0,
        };
        margin.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<float>() < 0)
            {
                result.AddError("--margin must be 0 or more.");
            }
        });
        var clusters = new Option<string?>("--clusters") { Description = "A word cluster file from `extract train clusters` (copied into the model)." };
        var trainer = new Option<string>("--trainer")
        {
            Description = "perceptron (default: averaged structured perceptron) or maxent (Microsoft.ML maximum entropy over the same features).",
            DefaultValueFactory = _ => "perceptron",
        };
        trainer.AcceptOnlyFromAmong("perceptron", "maxent");
        var solver = new Option<string>("--solver") { Description = "maxent: lbfgs (default) or sdca.", DefaultValueFactory = _ => "lbfgs" };
        solver.AcceptOnlyFromAmong("lbfgs", "sdca");
        var l1 = new Option<float>("--l1") { Description = "maxent: L1 regularisation weight (default 0.1).", DefaultValueFactory = _ => 0.1f };
        var l2 = new Option<float>("--l2") { Description = "maxent: L2 regularisation weight (default 0.1).", DefaultValueFactory = _ => 0.1f };
        var iterations = new Option<int>("--iterations") { Description = "maxent: the most optimiser iterations (default 150).", DefaultValueFactory = _ => 150 };
        var transitions = new Option<string>("--transitions")
        {
            Description = "maxent: learned (default: previous gold tag as a feature) or counted (log bigram frequencies).",
            DefaultValueFactory = _ => "learned",
        };
        transitions.AcceptOnlyFromAmong("learned", "counted");
        Option<string> documentsOption = DocumentsOption();
        var command = new Command("ner", "Train a named-entity tagger on CoNLL files.")
        {
            lang, train, dev, output, epochs, seed, hashBits, noMisc, titles, otherDomains, name, version, data, licence, clusters, runs,
            dropout, margin, trainer, solver, l1, l2, iterations, transitions, documentsOption,
        };
        command.SetAction(parse =>
        {
            Language language = LanguageCodes.Parse(parse.GetValue(lang)!);
            string code = LanguageCodes.ToCode(language);
            Gazetteer gazetteer = GazetteerLexicon.For(language);
            var titleSet = new HashSet<string>(GazetteerLexicon.Entries(language, GazetteerKind.Title), StringComparer.Ordinal);
            HashSet<string> noMiscFiles = Split(parse.GetValue(noMisc)).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
            HashSet<string> titleFiles = Split(parse.GetValue(titles)).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
            HashSet<string> otherFiles = Split(parse.GetValue(otherDomains)).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
            var domainOfFolder = new Dictionary<string, int>(StringComparer.Ordinal);
            bool atDatelines = SplitsAtDatelines(parse.GetValue(documentsOption));

            var documents = new List<NerDocument>();
            var sources = new List<string>();
            foreach (string item in Split(parse.GetValue(train)))
            {
                (string path, int repeat) = ParseWeighted(item);
                List<NerDocument> read = NerDocument.ReadConll(path, atDatelines);
                string full = Path.GetFullPath(path);
                string notes = "";
                if (noMiscFiles.Contains(full))
                {
                    int masked = read.Sum(d => CorpusConventions.MaskUnannotatedDemonyms(d, gazetteer));
                    notes += $", {masked} untagged nationality words masked";
                }

                if (titleFiles.Contains(full))
                {
                    int changed = read.Sum(d => CorpusConventions.StripTitlesFromPersons(d, titleSet));
                    notes += $", titles moved out of {changed} PER spans";
                }

                if (otherFiles.Contains(full))
                {
                    string folder = Path.GetDirectoryName(full) ?? full;
                    if (!domainOfFolder.TryGetValue(folder, out int domain))
                    {
                        domain = domainOfFolder.Count + 1;
                        domainOfFolder[folder] = domain;
                    }

                    read.ForEach(d => d.Domain = domain);
                    notes += $", domain {domain}";
                }

                for (int r = 0; r < repeat; r++)
                {
                    documents.AddRange(read);
                }

                Console.Error.WriteLine($"{path}: {read.Count} documents, {read.Sum(d => d.Tokens.Length)} tokens{(repeat > 1 ? $" x{repeat}" : "")}{notes}");
                sources.Add(Path.GetFileName(Path.GetDirectoryName(full)) + "/" + Path.GetFileName(path) + (repeat > 1 ? $"*{repeat}" : ""));
            }

            List<NerDocument> devDocuments = [.. Split(parse.GetValue(dev)).SelectMany(path => NerDocument.ReadConll(path, atDatelines))];
            var info = new ModelInfo(
                EntityTagger.Kind,
                parse.GetValue(name) ?? $"{code}-ner",
                parse.GetValue(version) ?? DateTime.UtcNow.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture),
                code,
                parse.GetValue(data) ?? string.Join(", ", sources),
                parse.GetValue(licence) ?? "see the licences of the training data");
            WordClusters wordClusters = parse.GetValue(clusters) is { } clusterPath ? TrainClustersCommand.ReadClusters(clusterPath) : WordClusters.Empty;
            var features = new FeatureExtractor(parse.GetValue(hashBits), gazetteer, wordClusters);
            EntityTagger tagger;
            if (parse.GetValue(trainer) == "maxent")
            {
                var options = new MaxEntOptions(
                    parse.GetValue(hashBits),
                    parse.GetValue(solver) == "sdca" ? MaxEntSolver.Sdca : MaxEntSolver.Lbfgs,
                    parse.GetValue(l1),
                    parse.GetValue(l2),
                    parse.GetValue(iterations),
                    parse.GetValue(transitions) == "counted" ? TransitionSource.Counted : TransitionSource.Learned);
                tagger = MaxEntTrainer.Train(info, features, documents, devDocuments, options, message => Console.Error.WriteLine(message));
            }
            else
            {
                var options = new TrainingOptions(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(hashBits), parse.GetValue(runs), parse.GetValue(dropout), parse.GetValue(margin));
                tagger = PerceptronTrainer.Train(info, features, documents, devDocuments, options, message => Console.Error.WriteLine(message));
            }

            string outPath = parse.GetValue(output)!;
            tagger.Save(outPath);
            Console.Error.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length} bytes)");
            return 0;
        });
        return command;
    }

    /// <summary>
    /// <c>--documents sentences|datelines</c>: how a CoNLL file without <c>-DOCSTART-</c> lines is cut into documents
    /// (the tagger's document memory lives for one document). Training and evaluation must read a corpus the same way.
    /// </summary>
    internal static Option<string> DocumentsOption()
    {
        var option = new Option<string>("--documents")
        {
            Description = "For CoNLL files without -DOCSTART- lines: sentences (default: each sentence is a document) or datelines "
                + "(a news dateline such as 'Madrid , 23 may ( EFE ) .' starts a document).",
            DefaultValueFactory = _ => "sentences",
        };
        option.AcceptOnlyFromAmong("sentences", "datelines");
        return option;
    }

    internal static bool SplitsAtDatelines(string? documents) => documents == "datelines";

    internal static IEnumerable<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static (string Path, int Repeat) ParseWeighted(string item)
    {
        int star = item.LastIndexOf('*');
        if (star > 0 && int.TryParse(item.AsSpan(star + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int repeat) && repeat > 0)
        {
            return (item[..star], repeat);
        }

        return (item, 1);
    }
}
