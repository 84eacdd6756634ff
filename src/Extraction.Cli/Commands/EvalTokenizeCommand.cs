using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Extraction.Cli.Evaluation;
using Extraction.Pipeline;
using Extraction.Tokenization;

namespace Extraction.Cli.Commands;

/// <summary><c>extract eval tokenize --conllu FILE</c>: token and sentence P/R/F1 against a UD treebank.</summary>
internal static class EvalTokenizeCommand
{
    public static Command Build()
    {
        var conllu = new Option<string>("--conllu") { Description = "A Universal Dependencies .conllu or .conllu.gz file.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var lang = CommonOptions.Language();
        var errors = new Option<bool>("--errors") { Description = "Also print the sentence boundaries missed and added, by the kind of token on each side, with examples." };
        var model = new Option<string?>("--model") { Description = "A sentence boundary model file (`extract train sentences`) used instead of the embedded one." };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Split sentences with the rules alone, without the boundary model." };
        var command = new Command("tokenize", "Token and sentence precision / recall / F1 against a Universal Dependencies file.") { conllu, json, lang, errors, model, rulesOnly };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(conllu)!;
            Language language = parse.GetValue(lang) is { } code ? LanguageCodes.Parse(code) : GuessFromName(path);
            ConlluTreebank treebank = ConlluTreebank.Load(path);
            // The embedded model is not loaded when it is not used: a model file or the rules alone replace it.
            IBoundaryDecider? decider = null;
            if (parse.GetValue(model) is { } modelPath)
            {
                using FileStream file = File.OpenRead(modelPath);
                decider = BoundaryModel.Load(file, modelPath);
            }
            else if (!parse.GetValue(rulesOnly))
            {
                decider = BoundaryModel.Embedded(language);
            }

            if (parse.GetValue(rulesOnly))
            {
                decider = null;
            }

            (SpanScore tokens, SpanScore sentences, TextSpan[] predicted) = ScoreSentences(treebank, language, decider);
            if (parse.GetValue(json))
            {
                var result = new JsonObject
                {
                    ["file"] = Path.GetFileName(path),
                    ["language"] = LanguageCodes.ToCode(language),
                    ["tokens"] = ToJson(tokens),
                    ["sentences"] = ToJson(sentences),
                };
                Console.WriteLine(result.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            }
            else
            {
                Console.WriteLine($"{Path.GetFileName(path)} ({LanguageCodes.ToCode(language)})");
                Console.WriteLine(Line("tokens", tokens));
                Console.WriteLine(Line("sentences", sentences));
            }

            if (parse.GetValue(errors))
            {
                BoundaryErrors.Print(treebank, predicted, Console.Out);
            }

            return 0;
        });
        return command;
    }

    internal static (SpanScore Tokens, SpanScore Sentences) Score(ConlluTreebank treebank, Language language)
    {
        Extractor extractor = Extractor.Create(new ExtractorOptions { Languages = [language], Layers = Layers.Tokens | Layers.Sentences });
        Document document = extractor.Extract(treebank.Text, language);
        var predictedTokens = new TextSpan[document.Tokens.Length];
        for (int i = 0; i < predictedTokens.Length; i++)
        {
            predictedTokens[i] = document.Tokens[i].Span;
        }

        return (SpanScore.Of(treebank.Tokens, predictedTokens), SpanScore.Of(treebank.Sentences, document.Sentences));
    }

    /// <summary>Tokenizes and splits the treebank text with the given boundary decider (none: the rules alone).</summary>
    internal static (SpanScore Tokens, SpanScore Sentences, TextSpan[] Predicted) ScoreSentences(ConlluTreebank treebank, Language language, IBoundaryDecider? decider)
    {
        using var tokens = new PooledList<Token>(treebank.Text.Length / 4);
        using var sentences = new PooledList<TextSpan>(treebank.Sentences.Count + 16);
        Tokenizer.For(language).Tokenize(treebank.Text, tokens);
        SentenceSplitter.For(language).Split(treebank.Text, tokens.AsSpan(), sentences, decider);
        var predictedTokens = new TextSpan[tokens.Count];
        for (int i = 0; i < predictedTokens.Length; i++)
        {
            predictedTokens[i] = tokens[i].Span;
        }

        TextSpan[] predicted = sentences.AsSpan().ToArray();
        return (SpanScore.Of(treebank.Tokens, predictedTokens), SpanScore.Of(treebank.Sentences, predicted), predicted);
    }

    internal static Language GuessFromName(string path)
    {
        string name = Path.GetFileName(path).ToUpperInvariant();
        if (name.StartsWith("FR", StringComparison.Ordinal))
        {
            return Language.French;
        }

        if (name.StartsWith("ES", StringComparison.Ordinal))
        {
            return Language.Spanish;
        }

        if (name.StartsWith("EN", StringComparison.Ordinal))
        {
            return Language.English;
        }

        throw new ArgumentException($"Cannot tell the language of '{path}' from its name; pass --lang fr|en|es.");
    }

    private static JsonObject ToJson(SpanScore score) => new()
    {
        ["precision"] = score.Precision,
        ["recall"] = score.Recall,
        ["f1"] = score.F1,
        ["gold"] = score.Gold,
        ["pred"] = score.Predicted,
    };

    private static string Line(string what, SpanScore score) => string.Create(
        CultureInfo.InvariantCulture,
        $"{what,-10} P={score.Precision * 100:F2} R={score.Recall * 100:F2} F1={score.F1 * 100:F2}  (gold {score.Gold}, predicted {score.Predicted}, correct {score.Correct})");
}
