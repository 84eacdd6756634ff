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
    [InlineData("said PutinThe talks", new[] { "said", "Putin", "The", "talks" })]
    [InlineData("on TikTok and PayPal", new[] { "on", "TikTok", "and", "PayPal" })]
    [InlineData("said Nadeem LashariRead more", new[] { "said", "Nadeem", "Lashari", "Read", "more" })]
    [InlineData("Sara HoltonAdvertisement", new[] { "Sara", "Holton", "Advertisement" })]
    [InlineData("said Lars HenriksenA spokesperson", new[] { "said", "Lars", "Henriksen", "A", "spokesperson" })]
    [InlineData("shares of BlackRock and SoftBank", new[] { "shares", "of", "BlackRock", "and", "SoftBank" })]
    public void Splits_a_sentence_starter_glued_to_a_word(string text, string[] expected) =>
        Tokens(English, text).Should().Equal(expected);

    [Theory]
    [InlineData("Mr. Smith", new[] { "Mr.", "Smith" })]
    [InlineData("the U.S. Army", new[] { "the", "U.S.", "Army" })]
    [InlineData("Acme Inc. said", new[] { "Acme", "Inc.", "said" })]
    [InlineData("at 9 a.m. sharp", new[] { "at", "9", "a.m.", "sharp" })]
    public void Keeps_the_period_of_abbreviations(string text, string[] expected) =>
        Tokens(English, text).Should().Equal(expected);

    [Theory]
    [InlineData("Target (TGT.N) fell", new[] { "Target", "(", "TGT.N", ")", "fell" })]
    [InlineData("Toyota (7203.T) and Tencent (0700.HK)", new[] { "Toyota", "(", "7203.T", ")", "and", "Tencent", "(", "0700.HK", ")" })]
    [InlineData("(NATO.It said", new[] { "(", "NATO", ".", "It", "said" })]
    public void Keeps_a_bracketed_ticker_with_its_exchange_code(string text, string[] expected) =>
        Tokens(English, text).Should().Equal(expected);

    [Theory]
    [InlineData("7,000 troops", new[] { "7,000", "troops" })]
    [InlineData("up 3.5%", new[] { "up", "3.5", "%" })]
    [InlineData("at 10:30", new[] { "at", "10:30" })]
    [InlineData("on 03/27/2001", new[] { "on", "03/27/2001" })]
    public void Keeps_hyphenated_words_and_numbers_whole(string text, string[] expected) =>
        Tokens(English, text).Should().Equal(expected);

    [Theory]
    [InlineData("a well-known figure", new[] { "a", "well", "-", "known", "figure" })]
    [InlineData("his daughter-in-law", new[] { "his", "daughter", "-", "in", "-", "law" })]
    [InlineData("send an e-mail", new[] { "send", "an", "e-mail" })]
    [InlineData("a non-binding vote", new[] { "a", "non-binding", "vote" })]
    [InlineData("the vice-president", new[] { "the", "vice-president" })]
    [InlineData("a 15-year term", new[] { "a", "15", "-", "year", "term" })]
    [InlineData("the 38-year-old man", new[] { "the", "38", "-", "year", "-", "old", "man" })]
    public void Splits_hyphenated_words_except_after_a_prefix_as_EWT_does(string text, string[] expected) =>
        Tokens(English, text).Should().Equal(expected);

    [Theory]
    [InlineData("Is it true?. Yes", new[] { "Is", "it", "true", "?.", "Yes" })]
    [InlineData("Why..? No idea", new[] { "Why", "..?", "No", "idea" })]
    [InlineData("Wait!. Then", new[] { "Wait", "!.", "Then" })]
    [InlineData("Well... ? Maybe", new[] { "Well", "...", "?", "Maybe" })]
    public void Joins_periods_mixed_with_final_marks_as_EWT_does(string text, string[] expected) =>
        Tokens(English, text).Should().Equal(expected);

    [Theory]
    [InlineData("I left b/c of the noise", new[] { "I", "left", "b/c", "of", "the", "noise" })]
    [InlineData("a spot w/ a view", new[] { "a", "spot", "w", "/", "a", "view" })]
    [InlineData("and/or", new[] { "and", "/", "or" })]
    public void Keeps_b_c_whole_and_splits_other_slashes_as_EWT_does(string text, string[] expected) =>
        Tokens(English, text).Should().Equal(expected);

    [Fact]
    public void Keeps_mixed_final_marks_apart_in_French() =>
        Tokens(French, "Vraiment ?. Non").Should().Equal("Vraiment", "?", ".", "Non");

    [Theory]
    [InlineData("the 4th round", new[] { "the", "4th", "round" })]
    [InlineData("the 1990s", new[] { "the", "1990s" })]
    [InlineData("a 375mm shell", new[] { "a", "375", "mm", "shell" })]
    public void Splits_units_from_numbers_but_keeps_ordinals(string text, string[] expected) =>
        Tokens(English, text).Should().Equal(expected);

    [Theory]
    [InlineData("Great :) see you", new[] { "Great", ":)", "see", "you" })]
    [InlineData("Really?!", new[] { "Really", "?!" })]
    [InlineData("It costs $$$ now", new[] { "It", "costs", "$$$", "now" })]
    public void Keeps_emoticons_and_repeated_marks_whole(string text, string[] expected) =>
        Tokens(English, text).Should().Equal(expected);

    [Fact]
    public void Does_not_group_digits_with_an_ordinary_space() =>
        Tokens(English, "in 2024 300 people").Should().Equal("in", "2024", "300", "people");
}
