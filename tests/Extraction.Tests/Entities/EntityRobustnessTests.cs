using CsCheck;
using Extraction.Tests.Claims;

namespace Extraction.Tests.Entities;

/// <summary>
/// The entity rules walk tokens around names; news-shaped word salad (names with possessives, brackets, acronyms,
/// scores, linking words, line breaks) must never make them throw or give a span outside the text.
/// </summary>
public sealed class EntityRobustnessTests
{
    private static readonly string[] s_words =
    [
        "Netflix's", "Apple’s", "Pinnacle", "Copper's", "Fiji", "Samoa", "beat", "31-24", "2", "–", "1", "(", ")", "(FCD)", "Act", "Bill", "2021",
        "of", "the", "The", "de", "la", "du", "y", "and", "et", "Ministry", "Department", "Ministère", "Ministerio", "Court", "High", "Division",
        "Wales", "Local", "Government", "Elections", "coach", "match", "final", "tries", "essais", "partido", "venció", "a", "contre", "face", "à",
        "M.", "Mme", "Dr", "KC", "PARIS", ",", ".", ":", "«", "»", "\"", "-", "—", "\n", "said", "a déclaré", "dijo", "according", "selon",
        "Jean-Pierre", "O'Neill-Hart", "Saint-Émilion", "Grand", "Cru", "appellation", "AOC", "Racing", "Independiente", "Herald", "Portland",
    ];

    private static readonly Gen<string> NewsShaped =
        Gen.Int[0, s_words.Length - 1].Array[0, 60].Select(picks => string.Join(' ', picks.Select(p => s_words[p])));

    [Fact]
    public void News_shaped_text_gives_entities_inside_it_in_every_language()
    {
        NewsShaped.Sample(text =>
        {
            foreach (Language language in new[] { Language.French, Language.English, Language.Spanish })
            {
                Document doc = ClaimTestKit.Read(text, language);
                doc.Entities.Where(e => e.Span.Start < 0 || e.Span.End > text.Length || e.Span.Length <= 0).Should().BeEmpty();
            }
        }, iter: 400);
    }

    [Theory]
    [InlineData("Netflix's thriller opened the festival.")]
    [InlineData("Apple’s (AAPL) shares rose.")]
    [InlineData("Pinnacle Copper's")]
    [InlineData("(Wales) Act 2021")]
    [InlineData("Fiji 31-24")]
    public void Names_at_the_edges_of_the_text_never_throw(string text)
    {
        foreach (Language language in new[] { Language.French, Language.English, Language.Spanish })
        {
            ClaimTestKit.Read(text, language).Entities.Where(e => e.Span.End > text.Length).Should().BeEmpty();
        }
    }
}
