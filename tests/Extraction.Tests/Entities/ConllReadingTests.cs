using Extraction.Entities;
using FluentAssertions;
using Xunit;

namespace Extraction.Tests.Entities;

public class ConllReadingTests
{
    // Two short agency articles with no -DOCSTART- line between them, as CoNLL-2002 is laid out.
    private const string TwoArticles = """
        Lima	B-LOC
        ,	O
        4	O
        mar	O
        (	O
        EFE	B-ORG
        )	O
        .	O

        La	O
        empresa	O
        Andina	B-ORG
        Minera	I-ORG
        cerró	O
        .	O

        Andina	B-ORG
        abrirá	O
        otra	O
        mina	O
        .	O

        Quito	B-LOC
        ,	O
        5	O
        mar	O
        (	O
        EFE	B-ORG
        )	O
        .	O

        Llueve	O
        .	O

        """;

    [Fact]
    public void A_file_without_docstart_gives_one_document_per_sentence_by_default()
    {
        TinyModels.Documents(TwoArticles).Should().HaveCount(5);
    }

    [Fact]
    public void Reading_at_datelines_starts_a_document_at_each_agency_dateline()
    {
        List<NerDocument> documents = TinyModels.Documents(TwoArticles, splitAtDatelines: true);

        documents.Select(d => d.SentenceCount).Should().Equal(3, 2);
        documents[0].Tokens.Should().HaveCount(19);
        documents.Sum(d => d.Gold.Count(tag => tag != EntityTags.Outside)).Should().Be(7, "every entity token is read, none lost at a cut");
    }

    [Fact]
    public void Docstart_lines_win_over_datelines()
    {
        string withDocStart = "-DOCSTART-\tO\n\n" + TwoArticles.ReplaceLineEndings("\n").Replace("Quito\tB-LOC", "-DOCSTART-\tO\n\nQuito\tB-LOC", StringComparison.Ordinal);

        TinyModels.Documents(withDocStart, splitAtDatelines: true).Select(d => d.SentenceCount).Should().Equal(3, 2);
        TinyModels.Documents(withDocStart).Select(d => d.SentenceCount).Should().Equal(3, 2);
    }

    [Fact]
    public void A_file_with_no_dateline_is_cut_after_the_largest_document()
    {
        string sentences = string.Concat(Enumerable.Repeat("Llueve\tO\n.\tO\n\n", NerDocument.MaxDatelineDocumentSentences + 1));

        TinyModels.Documents(sentences, splitAtDatelines: true).Select(d => d.SentenceCount)
            .Should().Equal(NerDocument.MaxDatelineDocumentSentences, 1);
    }

    [Theory]
    [InlineData("Madrid , 23 may ( EFE ) .", true)]
    [InlineData("Por Juan Pérez Sevilla , 2 jun ( EFECOM ) .", true)]
    [InlineData("LYON , 3 décembre ( AFP ) -", true)]
    [InlineData("Sao Paulo ( Brasil ) , 23 may", false)]
    [InlineData("La agencia ( EFE ) informó ayer de la noticia .", false)]
    [InlineData("madrid , 23 may ( EFE ) .", false)]
    [InlineData("( EFE )", false)]
    public void A_dateline_is_a_short_capitalised_sentence_ending_with_an_agency_in_brackets(string sentence, bool expected)
    {
        NerDocument.IsDateline(sentence.Split(' ')).Should().Be(expected);
    }
}
