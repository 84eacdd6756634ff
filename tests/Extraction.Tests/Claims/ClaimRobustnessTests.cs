using CsCheck;

namespace Extraction.Tests.Claims;

public sealed class ClaimRobustnessTests
{
    private static readonly Gen<string> NewsLike = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["aéZ .,;:!?'’«»“”„‹›\"-–—\u00A0\n selonqueditafirmóaccording"], 0, 300]);

    [Fact]
    public void Any_text_gives_claims_whose_spans_lie_inside_it()
    {
        NewsLike.Sample(text =>
        {
            foreach (Language language in new[] { Language.French, Language.English, Language.Spanish })
            {
                Document doc = ClaimTestKit.Read(text, language);
                foreach (Claim claim in doc.Claims)
                {
                    claim.Content.Start.Should().BeGreaterThanOrEqualTo(0);
                    claim.Content.End.Should().BeLessThanOrEqualTo(text.Length);
                    claim.Content.IsEmpty.Should().BeFalse();
                    if (claim.Speaker is { } speaker)
                    {
                        speaker.End.Should().BeLessThanOrEqualTo(text.Length);
                        speaker.Length.Should().BePositive();
                    }
                }

                foreach (EntityCluster cluster in doc.Clusters)
                {
                    cluster.Mentions.Where(m => m.Start < 0 || m.End > text.Length || m.Length <= 0).Should().BeEmpty();
                }
            }
        }, iter: 300);
    }

    [Theory]
    [InlineData("« « « « « « « « « « « « « « « « « « « « « « « « trop ouvert")]
    [InlineData("» » » » fermé sans ouverture, a-t-il dit.")]
    [InlineData("« A “B ‹C » D” E › », a dit Jean.")]
    [InlineData("\"\"\"\"\"\"\"\"\"\"")]
    [InlineData("selon selon selon, selon")]
    [InlineData("a-t-il dit, a-t-il dit, a-t-il dit")]
    [InlineData("—")]
    [InlineData("« »")]
    public void Unbalanced_nested_and_stray_marks_never_throw(string text)
    {
        Document doc = ClaimTestKit.Read(text, Language.French);

        doc.Claims.Where(c => c.Content.End > text.Length || c.Content.IsEmpty).Should().BeEmpty();
    }

    [Fact]
    public void A_quote_with_no_speaker_is_not_attributed()
    {
        Document doc = ClaimTestKit.Read("« Le ciel est bleu. »", Language.French);

        doc.Claims.Should().BeEmpty();
    }

    [Fact]
    public void Ten_thousand_quotes_give_ten_thousand_claims()
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < 10_000; i++)
        {
            builder.Append("« Le chiffre ").Append(i).Append(" est bon », a dit Marc Petit. ");
        }

        Document doc = ClaimTestKit.Read(builder.ToString(), Language.French);

        doc.Claims.Should().HaveCount(10_000);
        doc.Claims.Should().OnlyContain(c => c.SpeakerCanonical == "Marc Petit");
        doc.Clusters.Should().ContainSingle();
    }

    [Fact]
    public void Thousands_of_reopened_paragraphs_and_dialogue_turns_give_valid_claims()
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < 3_000; i++)
        {
            builder.Append("« Le quai ").Append(i).Append(" est fermé.\n");
        }

        for (int i = 0; i < 3_000; i++)
        {
            builder.Append("— Oui, dit le maire Paul Roux").Append(i % 7).Append(", je viens.\n");
            builder.Append("La ministre Ana Lima").Append(i % 5).Append(" arrive. La ministre a dit que tout allait bien.\n");
        }

        string text = builder.ToString();
        Document doc = ClaimTestKit.Read(text, Language.French);

        doc.Claims.Should().OnlyContain(c => !c.Content.IsEmpty && c.Content.End <= text.Length);
        doc.Claims.Count(c => c.Rule == "quote-cue").Should().Be(6_000);
    }
}
