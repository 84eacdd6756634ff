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
    [InlineData("Suu Kyi", "Aung San Suu Kyi")]
    public void Names_of_the_same_entity_match(string a, string b) =>
        NameMatcher.SameEntity(NameMatcher.WordsOf(a), NameMatcher.WordsOf(b)).Should().BeTrue();

    [Theory]
    [InlineData("Marie Dupont", "Jean Dupuis")]
    [InlineData("Paris", "Lyon")]
    [InlineData("Kim", "Tim")]
    [InlineData("Anna Weber", "Peter Weber")]
    [InlineData("Anna Weber", "Peter Anna Weber-Lutz")]
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

    [Fact]
    public void A_text_packed_with_distinct_names_still_groups_exact_repeats_once_the_comparison_budget_is_spent()
    {
        // 4,000 distinct names cost about eight million comparisons, twice the budget: past it, only exact
        // spellings join a group, so the work stays bounded and a repeated name still finds its own group.
        var text = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        for (int i = 0; i < 4_000; i++)
        {
            int start = text.Length;
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Zq{i:D6} Holdings");
            spans.Add(new TextSpan(start, text.Length));
            text.Append(". ");
        }

        int repeatStart = text.Length;
        text.Append("Zq000003 Holdings");
        var repeat = new TextSpan(repeatStart, text.Length);
        var set = new ClusterSet(text.ToString());
        var groups = spans.Select(span => set.AddName(span, EntityLabel.Organization, labelIsKnown: true)).ToList();

        set.AddName(repeat, EntityLabel.Organization, labelIsKnown: true).Should().Be(groups[3]);
        set.Count.Should().Be(4_000, "distinct first words make distinct organisations");
    }
}
