using Extraction.Coreference;

namespace Extraction.Tests.Coreference;

public sealed class NameMatcherTests
{
    [Theory]
    [InlineData("Zelensky", "Volodymyr Zelensky")]
    [InlineData("Zelenski", "Zelensky")]
    [InlineData("Zelenskyy", "Volodymyr Zelenski")]
    [InlineData("Sergueï Lavrov", "Sergei Lavrov")]
    [InlineData("OTAN", "Organisation du traité de l'Atlantique nord")]
    [InlineData("Barden", "Eric Barden")]
    public void Names_of_the_same_entity_match(string a, string b) =>
        NameMatcher.SameEntity(NameMatcher.WordsOf(a), NameMatcher.WordsOf(b)).Should().BeTrue();

    [Theory]
    [InlineData("Marie Dupont", "Jean Dupuis")]
    [InlineData("Paris", "Lyon")]
    [InlineData("Kim", "Tim")]
    [InlineData("Anna Weber", "Peter Weber")]
    public void Names_of_different_entities_do_not_match(string a, string b) =>
        NameMatcher.SameEntity(NameMatcher.WordsOf(a), NameMatcher.WordsOf(b)).Should().BeFalse();

    [Fact]
    public void The_canonical_name_is_the_fullest_in_the_majority_spelling()
    {
        const string text = "Volodymyr Zelenski. Zelensky. Zelensky.";
        var set = new ClusterSet(text);
        set.AddName(new TextSpan(0, 18), EntityLabel.Person, labelIsKnown: true);
        set.AddName(new TextSpan(20, 28), EntityLabel.Person, labelIsKnown: true);
        int group = set.AddName(new TextSpan(30, 38), EntityLabel.Person, labelIsKnown: true);

        set.Count.Should().Be(1);
        set.CanonicalOf(group).Should().Be("Volodymyr Zelensky");
    }
}
