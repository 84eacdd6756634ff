using CsCheck;
namespace Extraction.Tests.Entities;

public class EntityStageTests
{
    private static readonly Extractor s_french = Extractor.Create(new ExtractorOptions { Languages = [Language.French] });

    [Fact]
    public void The_default_french_pipeline_tags_people_and_places()
    {
        const string text = "Le président Emmanuel Macron a reçu mardi à Paris le chancelier Olaf Scholz.";
        Document doc = s_french.Extract(text, Language.French);
        doc.Entities.Select(e => (doc.TextOf(e.Span), e.Label)).Should().Contain([
            ("Emmanuel Macron", EntityLabel.Person),
            ("Paris", EntityLabel.Location),
        ]);
    }

    [Fact]
    public void Entities_are_ordered_and_lie_inside_the_text() =>
        Gen.String[Gen.Char["aéZ Pl.,'’«»-\n0()AFPDe\"“”"], 0, 200].Sample(text =>
        {
            Document doc = s_french.Extract(text, Language.French);
            int last = 0;
            foreach (Entity entity in doc.Entities)
            {
                entity.Span.Start.Should().BeGreaterThanOrEqualTo(last, "entities are ordered and never overlap: {0}", text);
                entity.Span.End.Should().BeLessThanOrEqualTo(text.Length);
                entity.Span.Length.Should().BePositive();
                last = entity.Span.End;
            }
        }, iter: 20000);
}
