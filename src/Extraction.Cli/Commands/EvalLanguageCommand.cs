using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Extraction.Cli.Evaluation;
using Extraction.Text;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract eval language --conllu FILE...</c>: accuracy of language detection among fr / en / es on the sentences
/// of Universal Dependencies files (language from the file name), alone and grouped into short paragraphs: the
/// function-word guesser, Lingua, and the two combined as the library does.
/// </summary>
internal static class EvalLanguageCommand
{
    public static Command Build()
    {
        var conllu = new Option<string[]>("--conllu") { Description = "Universal Dependencies .conllu(.gz) files named fr_*, en_*, es_*.", Required = true, AllowMultipleArgumentsPerToken = true };
        var group = new Option<int[]>("--sentences")
        {
            Description = "Sentences per text (each value is one run). Default: 1 and 5.",
            DefaultValueFactory = _ => [1, 5],
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("language", "Language detection accuracy among fr, en, es on UD sentences and short paragraphs.") { conllu, group };
        command.SetAction(parse =>
        {
            LanguageDetector detector = LanguageDetector.For(LanguageCodes.Supported);
            Console.WriteLine("file                          sentences/text  texts  guesser  clear  lingua  combined  combined us/text");
            foreach (int size in parse.GetValue(group)!)
            {
                foreach (string path in parse.GetValue(conllu)!)
                {
                    Language gold = EvalTokenizeCommand.GuessFromName(path);
                    List<string> texts = Group(ConlluTreebank.Load(path), size);
                    Console.WriteLine(Score(detector, Path.GetFileName(path), size, gold, texts));
                }
            }

            return 0;
        });
        return command;
    }

    private static List<string> Group(ConlluTreebank treebank, int size)
    {
        var texts = new List<string>();
        for (int i = 0; i + size <= treebank.Sentences.Count; i += size)
        {
            TextSpan first = treebank.Sentences[i];
            TextSpan last = treebank.Sentences[i + size - 1];
            texts.Add(treebank.Text[first.Start..last.End]);
        }

        return texts;
    }

    private static string Score(LanguageDetector detector, string name, int size, Language gold, List<string> texts)
    {
        int guesser = 0, clear = 0, lingua = 0, combined = 0;
        detector.Detect("warm-up: load the models before timing");
        var clock = new Stopwatch();
        foreach (string text in texts)
        {
            if (LanguageGuesser.Guess(text, LanguageCodes.Supported, out bool isClear) == gold)
            {
                guesser++;
            }

            clear += isClear ? 1 : 0;
            lingua += detector.DetectWithLinguaOnly(text) == gold ? 1 : 0;
            clock.Start();
            Language detected = detector.Detect(text);
            clock.Stop();
            combined += detected == gold ? 1 : 0;
        }

        double n = Math.Max(texts.Count, 1);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-30}{size,14}{texts.Count,7}{100 * guesser / n,8:F1}%{100 * clear / n,6:F0}%{100 * lingua / n,7:F1}%{100 * combined / n,9:F1}%{clock.Elapsed.TotalMicroseconds / n,18:F0}");
    }
}
