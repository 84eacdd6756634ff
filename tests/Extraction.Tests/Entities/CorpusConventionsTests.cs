using Extraction.Entities;

namespace Extraction.Tests.Entities;

public class CorpusConventionsTests
{
    [Fact]
    public void Titles_kept_inside_person_spans_are_moved_out()
    {
        NerDocument document = TinyModels.Documents("M.\tB-PER\nDuval\tI-PER\narrive\tO\n\n")[0];
        int changed = CorpusConventions.StripTitlesFromPersons(document, new HashSet<string> { "M." });
        changed.Should().Be(1);
        document.Gold.Select(EntityTags.NameOf).Should().Equal("O", "U-PER", "O");
    }

    [Fact]
    public void Untagged_nationality_words_are_masked_in_a_corpus_without_misc()
    {
        NerDocument document = TinyModels.Documents("les\tO\nsoldats\tO\nukrainiens\tO\n\n")[0];
        Gazetteer gazetteer = Gazetteer.Build([("ukrainien", GazetteerKind.Nationality), ("ukrainiens", GazetteerKind.Nationality)]);
        CorpusConventions.MaskUnannotatedDemonyms(document, gazetteer).Should().Be(1);
        document.Masked.Should().Equal(false, false, true);
    }

    [Fact]
    public void The_gazetteer_matches_a_multi_word_name_over_tokens()
    {
        Gazetteer gazetteer = Gazetteer.Build([("Corée du Nord", GazetteerKind.Country)]);
        NerDocument document = TinyModels.Documents("la\tO\nCorée\tB-LOC\ndu\tI-LOC\nNord\tI-LOC\n\n")[0];
        var marks = new ulong[4];
        gazetteer.Match(document.Text, document.Tokens, marks);
        int country = 4 * (int)GazetteerKind.Country;
        marks.Should().Equal(0UL, 1UL << (country + EntityTags.Begin), 1UL << (country + EntityTags.Inside), 1UL << (country + EntityTags.Last));
    }
}
