using System.Text.RegularExpressions;

namespace Extraction.Tests.Entities;

/// <summary>
/// The annotated news of <c>data/own-news</c> train the shipped models; a broken mark would teach a wrong tag or drop
/// an article silently, so every file is checked here: marks well formed, labels known, no space at a mark's edge,
/// no text outside the headline / blank line / paragraphs layout.
/// </summary>
public sealed partial class OwnNewsDataTests
{
    [GeneratedRegex(@"\[\[(PER|ORG|LOC|MISC)\|([^\[\]|]+)\]\]")]
    private static partial Regex Mark();

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "OwnNews"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file));
        }

        return data;
    }

    [Fact]
    public void Every_language_has_annotated_news()
    {
        foreach (string language in new[] { "fr", "es", "en" })
        {
            Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "OwnNews", language), "*.txt").Should().HaveCountGreaterThanOrEqualTo(30, language);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Marks_are_well_formed(string file)
    {
        string raw = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file));
        MatchCollection marks = Mark().Matches(raw);
        string plain = Mark().Replace(raw, m => m.Groups[2].Value);

        marks.Count.Should().BeGreaterThan(5, "an article names people, places and organisations");
        plain.Should().NotContain("[[").And.NotContain("]]");
        foreach (Match mark in marks)
        {
            string surface = mark.Groups[2].Value;
            surface.Should().Be(surface.Trim(), $"the mark {mark.Value} has a space at its edge");
        }

        string[] lines = plain.Split('\n');
        lines.Length.Should().BeGreaterThan(2);
        lines[0].Should().NotBeNullOrWhiteSpace("the first line is the headline");
        lines[1].Should().BeEmpty("a blank line follows the headline");
        plain.Should().NotContain("\r").And.EndWith("\n");
    }
}
