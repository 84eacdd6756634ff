namespace Extraction.Tests;

public class ExtractorTests
{
    private static readonly Extractor s_french = Extractor.Create(new ExtractorOptions { Languages = [Language.French] });

    [Fact]
    public void Null_text_throws_ArgumentNullException()
    {
        Action act = () => s_french.Extract(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t\u00A0\u202F ")]
    public void Empty_or_white_text_gives_an_empty_document(string text)
    {
        Document doc = s_french.Extract(text);
        doc.Text.Should().BeSameAs(text);
        doc.Tokens.Should().BeEmpty();
        doc.Sentences.Should().BeEmpty();
        doc.Entities.Should().BeEmpty();
        doc.Clusters.Should().BeEmpty();
        doc.Claims.Should().BeEmpty();
    }

    [Fact]
    public void Options_without_languages_are_refused_with_a_clear_message()
    {
        Action act = () => Extractor.Create(new ExtractorOptions { Languages = [] });
        act.Should().Throw<ArgumentException>().WithMessage("*at least one language*");
    }

    [Fact]
    public void Unsupported_language_code_names_the_supported_ones()
    {
        Action act = () => LanguageCodes.Parse("de");
        act.Should().Throw<ArgumentException>().WithMessage("*fr, en, es*");
    }

    [Fact]
    public void Language_outside_the_extractor_is_refused()
    {
        Action act = () => s_french.Extract("Hello world.", Language.English);
        act.Should().Throw<ArgumentException>().WithMessage("*ExtractorOptions.Languages*");
    }

    [Fact]
    public void Text_of_a_token_is_the_original_text()
    {
        const string text = "Le président a parlé.";
        Document doc = s_french.Extract(text);
        doc.Tokens.Should().NotBeEmpty();
        doc.TextOf(doc.Tokens[0]).Should().Be("Le");
    }

    [Fact]
    public void An_input_id_is_carried_to_the_document()
    {
        s_french.Extract(new TextInput("article-7", "Le maire a parlé.")).Id.Should().Be("article-7");
    }

    [Fact]
    public void A_cancelled_token_stops_a_single_extraction()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Action act = () => s_french.Extract(new TextInput("a", "Le maire a parlé."), cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}
