using static Extraction.Tests.Tokenization.TokenizationTestText;

namespace Extraction.Tests.Tokenization;

public class EnglishTokenizerTests
{
    [Theory]
    [InlineData("They don't know", new[] { "They", "don't", "know" })]
    [InlineData("Putin's army", new[] { "Putin's", "army" })]
    [InlineData("the minister’s aide", new[] { "the", "minister’s", "aide" })]
    [InlineData("I'm here", new[] { "I'm", "here" })]
    public void Keeps_contractions_and_possessives_as_one_surface_token(string text, string[] expected) =>
        Tokens(English, text).Should().Equal(expected);

    [Fact]
    public void Separates_the_apostrophe_of_a_plural_possessive() =>
        Tokens(English, "the workers' union").Should().Equal("the", "workers", "'", "union");

    [Theory]
    [InlineData("Mr. Smith", new[] { "Mr.", "Smith" })]
    [InlineData("the U.S. Army", new[] { "the", "U.S.", "Army" })]
    [InlineData("Acme Inc. said", new[] { "Acme", "Inc.", "said" })]
    [InlineData("at 9 a.m. sharp", new[] { "at", "9", "a.m.", "sharp" })]
    public void Keeps_the_period_of_abbreviations(string text, string[] expected) =>
        Tokens(English, text).Should().Equal(expected);

    [Theory]
    [InlineData("a well-known figure", new[] { "a", "well-known", "figure" })]
    [InlineData("7,000 troops", new[] { "7,000", "troops" })]
    [InlineData("up 3.5%", new[] { "up", "3.5", "%" })]
    [InlineData("at 10:30", new[] { "at", "10:30" })]
    [InlineData("on 03/27/2001", new[] { "on", "03/27/2001" })]
    public void Keeps_hyphenated_words_and_numbers_whole(string text, string[] expected) =>
        Tokens(English, text).Should().Equal(expected);

    [Fact]
    public void Does_not_group_digits_with_an_ordinary_space() =>
        Tokens(English, "in 2024 300 people").Should().Equal("in", "2024", "300", "people");
}
