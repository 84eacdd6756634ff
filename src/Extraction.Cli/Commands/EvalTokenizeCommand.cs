using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Extraction.Cli.Evaluation;

namespace Extraction.Cli.Commands;

/// <summary><c>extract eval tokenize --conllu FILE</c>: token and sentence P/R/F1 against a UD treebank.</summary>
internal static class EvalTokenizeCommand
{
    public static Command Build()
    {
        var conllu = new Option<string>("--conllu") { Description = "A Universal Dependencies .conllu or .conllu.gz file.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var lang = CommonOptions.Language();
        var command = new Command("tokenize", "Token and sentence precision / recall / F1 against a Universal Dependencies file.") { conllu, json, lang };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(conllu)!;
            Language language = parse.GetValue(lang) is { } code ? LanguageCodes.Parse(code) : GuessFromName(path);
            ConlluTreebank treebank = ConlluTreebank.Load(path);
            (SpanScore tokens, SpanScore sentences) = Score(treebank, language);
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
