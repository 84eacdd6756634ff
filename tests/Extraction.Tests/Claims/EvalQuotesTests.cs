using Extraction.Cli.Evaluation;

namespace Extraction.Tests.Claims;

public sealed class EvalQuotesTests
{
    [Fact]
    public void Quote_spans_are_compared_without_dashes_marks_and_a_final_comma()
    {
        string text = "— Oui, dit-il. « Bien, »";
        LitBankQuotes.Trim(text, new TextSpan(0, 6)).Should().Be(new TextSpan(2, 5));
        LitBankQuotes.Trim(text, new TextSpan(15, 24)).Should().Be(new TextSpan(17, 21));
    }

    [SharedFact]
    public void The_french_pipeline_finds_most_quotations_of_the_fiction_dev_documents()
    {
        string dir = SharedData.PathOf("corpora/fr-litbank-quotes")!;
        Extractor extractor = ClaimTestKit.Extractor;
        var total = new LitBankQuotes.Tally();
        foreach (string doc in LitBankQuotes.Dev)
        {
            string text = LitBankQuotes.ReadText(dir, doc);
            total.Add(LitBankQuotes.Score(dir, doc, text, extractor.Extract(text, Language.French)));
        }

        ((double)total.Overlap / total.Predicted).Should().BeGreaterThan(0.8);
        ((double)total.Overlap / total.Gold).Should().BeGreaterThan(0.5);
    }
}
