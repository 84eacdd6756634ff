using Extraction.Claims;
using Extraction.Pipeline;

namespace Extraction.Tests.Claims;

public sealed class QuoteFinderTests
{
    [Theory]
    [InlineData("Il a dit « oui » hier.", "oui")]
    [InlineData("She said “yes” today.", "yes")]
    [InlineData("Er sagte „ja“ gestern.", "ja")]
    [InlineData("He said \"no\" twice.", "no")]
    [InlineData("Il a dit ‹ non › enfin.", "non")]
    [InlineData("« Il a crié “au feu” puis il est parti », dit-elle.", "Il a crié “au feu” puis il est parti")]
    public void Pairs_marks_of_every_convention_and_keeps_the_outermost(string text, string inside)
    {
        List<string> quotes = Interiors(text, Language.French);

        quotes.Should().Equal(inside);
    }

    [Theory]
    [InlineData("« Une citation sans fin")]
    [InlineData("Une fin sans début » ici.")]
    [InlineData("\" \" \"")]
    [InlineData("»«»«")]
    public void Unbalanced_and_stray_marks_give_no_quotation(string text) =>
        Interiors(text, Language.French).Should().BeEmpty();

    [Fact]
    public void A_quotation_does_not_cross_a_paragraph()
    {
        Interiors("« Début sans fin\nSuite » ici.", Language.French).Should().BeEmpty();
    }

    [Fact]
    public void A_dialogue_dash_opens_a_turn_to_the_incise()
    {
        List<string> quotes = Interiors("—Ya es tarde —advirtió el ministro—.", Language.Spanish);

        quotes.Should().Equal("Ya es tarde");
    }

    private static List<string> Interiors(string text, Language language)
    {
        var doc = new ClaimDocument(text, ClaimWords.For(language), ClaimStage.DefaultVerbs(language));
        using (doc)
        {
            return doc.Quotes.Select(q => text[doc.InteriorOf(q).Start..doc.InteriorOf(q).End]).ToList();
        }
    }
}
