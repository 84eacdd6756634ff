using Extraction.Cli.Commands;
using Extraction.Entities;

namespace Extraction.Tests.Entities;

/// <summary>
/// Entity figures of the default pipeline (tokenizer, tagger, the rules after it) on news-like texts of our own with
/// blind hand-made gold (<c>NerGold/</c> and the entities of <c>ClaimsGold/</c>). The thresholds are the figures
/// reached, rounded down a little: a change that loses names fails here.
/// </summary>
public sealed class NerGoldTests
{
    [Theory]
    [InlineData("NerGold", "fr", 0.91)]
    [InlineData("NerGold", "es", 0.93)]
    [InlineData("NerGold", "en", 0.89)]
    [InlineData("ClaimsGold", "fr", 0.98)]
    [InlineData("ClaimsGold", "es", 0.99)]
    [InlineData("ClaimsGold", "en", 0.96)]
    public void Names_of_news_of_our_own_are_found(string folder, string language, double microF1)
    {
        string pred = Directory.CreateTempSubdirectory("extract-ner-gold-").FullName;
        try
        {
            NerScore score = EvalNerCommand.ScoreGoldDir(null, LanguageCodes.Parse(language), Path.Combine(AppContext.BaseDirectory, folder), pred);
            score.Micro.Gold.Should().BePositive();
            score.MicroF1.Should().BeGreaterThanOrEqualTo(microF1);
        }
        finally
        {
            Directory.Delete(pred, recursive: true);
        }
    }
}
