using System.CommandLine;
using System.Globalization;
using Extraction.Cli.Evaluation;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract eval quotes --litbank DIR [--split dev|test|train|all]</c>: runs the French pipeline on the
/// fr-litbank-quotes texts and scores its direct claims as quotations (span exact and overlap P/R/F1, cue accuracy,
/// speaker accuracy against the coreference chains). Fiction: a check of quote marks, dashes, incises and speakers.
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Build()
    {
        var litbank = new Option<string>("--litbank") { Description = "The fr-litbank-quotes folder (../shared/corpora/fr-litbank-quotes).", Required = true };
        var split = new Option<string>("--split") { Description = "dev (default), test, train or all: the corpus README's split by document.", DefaultValueFactory = _ => "dev" };
        var command = new Command("quotes", "Quotation span, cue and speaker accuracy on fr-litbank-quotes (French fiction).")
        {
            litbank, split,
        };
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(litbank)!;
            if (!Directory.Exists(Path.Combine(dir, "citations")))
            {
                Console.Error.WriteLine($"extract eval quotes: '{dir}' has no citations/ folder.");
                return 2;
            }

            List<string> all = LitBankQuotes.AllDocuments(dir).ToList();
            string which = parse.GetValue(split)!;
            List<string> docs = which switch
            {
                "dev" => [.. LitBankQuotes.Dev],
                "test" => [.. LitBankQuotes.Test],
                "train" => all.Where(d => !LitBankQuotes.Dev.Contains(d) && !LitBankQuotes.Test.Contains(d)).ToList(),
                "all" => all,
                _ => [],
            };
            if (docs.Count == 0)
            {
                Console.Error.WriteLine($"extract eval quotes: unknown split '{which}' (dev, test, train, all).");
                return 2;
            }

            Extractor extractor = Extractor.Create(new ExtractorOptions { Languages = [Language.French], IncludeTokens = false });
            var total = new LitBankQuotes.Tally();
            foreach (string doc in docs)
            {
                string text = LitBankQuotes.ReadText(dir, doc);
                Document document = extractor.Extract(text, Language.French);
                LitBankQuotes.Tally tally = LitBankQuotes.Score(dir, doc, text, document);
                total.Add(tally);
                Print(doc, tally);
            }

            Print($"total ({which})", total);
            return 0;
        });
        return command;
    }

    private static void Print(string name, LitBankQuotes.Tally t)
    {
        (double ep, double er, double ef) = Prf(t.Exact, t.Predicted, t.Gold);
        (double op, double or, double of) = Prf(t.Overlap, t.Predicted, t.Gold);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} gold={t.Gold} pred={t.Predicted}  exact P={ep:F3} R={er:F3} F1={ef:F3}  overlap P={op:F3} R={or:F3} F1={of:F3}  cue={Ratio(t.CueOk, t.CueN)} speaker={Ratio(t.SpeakerOk, t.SpeakerN)}"));
    }

    private static string Ratio(int ok, int n) => string.Create(CultureInfo.InvariantCulture, $"{(n == 0 ? 0 : (double)ok / n):F3} ({ok}/{n})");

    private static (double P, double R, double F1) Prf(int tp, int predicted, int gold)
    {
        double p = predicted == 0 ? 0 : (double)tp / predicted;
        double r = gold == 0 ? 0 : (double)tp / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
