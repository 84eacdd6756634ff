using Extraction.Tests.Properties;
using static Extraction.Tests.Tokenization.TokenizationTestText;

namespace Extraction.Tests.Tokenization;

public class RobustnessTests
{
    [Theory]
    [InlineData("\uD800")]
    [InlineData("a\uDC00b")]
    [InlineData("\uDBFF\uDFFF\uD83D")]
    [InlineData("x\u0000y\u0007\u001B[31m z\u007F")]
    [InlineData("\u200B\uFEFF\u200E")]
    public void Gives_a_valid_document_for_lone_surrogates_and_control_characters(string text)
    {
        foreach (Extractor extractor in new[] { French, English, Spanish })
        {
            TokenInvariants.Check(text, extractor.Extract(text, extractor.Options.Languages[0]));
        }
    }

    [Fact]
    public void Reads_ten_megabytes_without_a_space_as_one_valid_document()
    {
        string text = new('a', 10_000_000);
        Document doc = French.Extract(text, Language.French);
        doc.Tokens.Should().ContainSingle();
        doc.Sentences.Should().ContainSingle();
    }

    [Theory]
    [InlineData("a.")]
    [InlineData("a.b@")]
    [InlineData("l'")]
    [InlineData("1 ")]
    [InlineData("-")]
    [InlineData(" 000")]
    [InlineData("1 000,5x")]
    public void Reads_long_repetitions_of_tricky_patterns(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 200_000));
        foreach (Extractor extractor in new[] { French, English, Spanish })
        {
            TokenInvariants.Check(text, extractor.Extract(text, extractor.Options.Languages[0]));
        }
    }

    [Fact]
    public void Reads_a_hundred_thousand_nested_quotes()
    {
        string text = string.Concat(Enumerable.Repeat("« “\"", 100_000)) + "mot" + string.Concat(Enumerable.Repeat("\"” »", 100_000));
        Document doc = French.Extract(text, Language.French);
        TokenInvariants.Check(text, doc);
        doc.Tokens.Should().HaveCount(600_001);
    }
}
