using static Extraction.Tests.Tokenization.TokenizationTestText;

namespace Extraction.Tests.Tokenization;

public class SpanishTokenizerTests
{
    [Theory]
    [InlineData("¿Qué pasa?", new[] { "¿", "Qué", "pasa", "?" })]
    [InlineData("¡Basta ya!", new[] { "¡", "Basta", "ya", "!" })]
    public void Separates_inverted_question_and_exclamation_marks(string text, string[] expected) =>
        Tokens(Spanish, text).Should().Equal(expected);

    [Fact]
    public void Splits_a_hyphen_between_letters_as_UD_Spanish_does() =>
        Tokens(Spanish, "el acuerdo franco-alemán").Should().Equal("el", "acuerdo", "franco", "-", "alemán");

    [Theory]
    [InlineData("entre 1936-1939", new[] { "entre", "1936-1939" })]
    [InlineData("20.000 personas", new[] { "20.000", "personas" })]
    [InlineData("un 3,5 %", new[] { "un", "3,5", "%" })]
    public void Keeps_numbers_whole(string text, string[] expected) =>
        Tokens(Spanish, text).Should().Equal(expected);

    [Theory]
    [InlineData("según Rocío MárquezEn la otra orilla", new[] { "según", "Rocío", "Márquez", "En", "la", "otra", "orilla" })]
    [InlineData("dijo Rocío MárquezViernes por la tarde", new[] { "dijo", "Rocío", "Márquez", "Viernes", "por", "la", "tarde" })]
    [InlineData("dijo Pablo IbarraLos vecinos", new[] { "dijo", "Pablo", "Ibarra", "Los", "vecinos" })]
    public void Splits_a_name_glued_to_the_next_sentences_first_word(string text, string[] expected) =>
        Tokens(Spanish, text).Should().Equal(expected);

    [Theory]
    [InlineData("el Sr. García", new[] { "el", "Sr.", "García" })]
    [InlineData("la Dra. Pérez", new[] { "la", "Dra.", "Pérez" })]
    [InlineData("EE.UU. y", new[] { "EE.UU.", "y" })]
    public void Keeps_the_period_of_abbreviations(string text, string[] expected) =>
        Tokens(Spanish, text).Should().Equal(expected);

    [Fact]
    public void Splits_the_english_possessive() =>
        Tokens(Spanish, "el disco de Messi's Band").Should().Equal("el", "disco", "de", "Messi", "'s", "Band");

    [Fact]
    public void Keeps_a_contraction_as_one_surface_token() =>
        Tokens(Spanish, "al lado del río").Should().Equal("al", "lado", "del", "río");
}
