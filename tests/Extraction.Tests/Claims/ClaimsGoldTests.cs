using Extraction.Cli.Commands;
using Extraction.Cli.Evaluation;

namespace Extraction.Tests.Claims;

/// <summary>
/// Claim figures on news-like texts of our own with hand-made gold (<c>ClaimsGold/</c>), scored by the project's
/// scorer. The thresholds are the figures the rules reach, rounded down: a change that loses a claim fails here.
/// </summary>
public sealed class ClaimsGoldTests
{
    private static readonly string s_gold = Path.Combine(AppContext.BaseDirectory, "ClaimsGold");

    [Theory]
    [InlineData("fr", 0.95, 0.95, 0.95)]
    [InlineData("en", 0.95, 0.95, 0.95)]
    [InlineData("es", 0.95, 0.95, 0.95)]
    public void Claims_of_unseen_news_are_found_and_attributed(string language, double claimF1, double speaker, double attributionF1)
    {
        string pred = Directory.CreateTempSubdirectory("extract-claims-gold-").FullName;
        try
        {
            List<string> ids = EvalClaimsCommand.Predict(s_gold, pred, oracleEntities: false)
                .Where(id => id.StartsWith(language + "-", StringComparison.Ordinal)).ToList();
            ids.Should().NotBeEmpty();
            ClaimScore score = ClaimScorer.Score(s_gold, pred, ids);
            score.ClaimF1.Should().BeGreaterThanOrEqualTo(claimF1);
            score.SpeakerAccuracy.Should().BeGreaterThanOrEqualTo(speaker);
            score.AttributionF1.Should().BeGreaterThanOrEqualTo(attributionF1);
        }
        finally
        {
            Directory.Delete(pred, recursive: true);
        }
    }
}
