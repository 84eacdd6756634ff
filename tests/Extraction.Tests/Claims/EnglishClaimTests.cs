using static Extraction.Tests.Claims.ClaimTestKit;

namespace Extraction.Tests.Claims;

public sealed class EnglishClaimTests
{
    private static List<Seen> Read(string text) => ClaimTestKit.Claims(text, Language.English);

    [Fact]
    public void Quote_then_name_said_leaves_out_the_comma_inside_the_marks()
    {
        List<Seen> claims = Read("\"We will rebuild the bridge by spring,\" Mayor Linda Okafor said.");

        claims.Should().ContainSingle().Which.Should().Be(new Seen(ClaimKind.Direct, "We will rebuild the bridge by spring", "said", "Linda Okafor", "Linda Okafor"));
    }

    [Fact]
    public void Curly_quotes_with_an_inverted_cue_are_direct()
    {
        List<Seen> claims = Read("“The data is clear,” said Dr. Ravi Menon, who leads the study.");

        claims.Should().ContainSingle();
        claims[0].Content.Should().Be("The data is clear");
        claims[0].Speaker.Should().Be("Ravi Menon");
    }

    [Fact]
    public void Postposed_police_said_resolves_to_the_named_police_force()
    {
        string text = "Bristol Police Superintendent Anna Hale spoke on Monday. Two men were arrested near the docks, police said.";
        List<Seen> claims = Read(text);

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(ClaimKind.Indirect);
        claims[0].Content.Should().Be("Two men were arrested near the docks");
        claims[0].Speaker.Should().Be("police");
        claims[0].Canonical.Should().Be("Bristol Police");
    }

    [Fact]
    public void Said_that_gives_the_clause()
    {
        List<Seen> claims = Read("The company said that profits fell by a third in the last quarter.");

        claims.Should().ContainSingle();
        claims[0].Content.Should().Be("profits fell by a third in the last quarter");
        claims[0].Speaker.Should().Be("The company");
        claims[0].Canonical.Should().BeNull();
    }

    [Fact]
    public void Told_with_an_object_and_no_that_gives_the_clause()
    {
        List<Seen> claims = Read("A neighbour told reporters the fire started in the kitchen.");

        claims.Should().ContainSingle();
        claims[0].Content.Should().Be("the fire started in the kitchen");
        claims[0].Cue.Should().Be("told");
    }

    [Fact]
    public void According_to_gives_an_according_to_claim()
    {
        List<Seen> claims = Read("Flights will resume on Tuesday, according to the airport operator.");

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(ClaimKind.AccordingTo);
        claims[0].Content.Should().Be("Flights will resume on Tuesday");
        claims[0].Cue.Should().Be("according to");
    }

    [Fact]
    public void He_said_resolves_to_the_last_person_who_spoke()
    {
        string text = "The road will reopen in May, Tom Becker said. The repairs cost more than planned, he said.";
        List<Seen> claims = Read(text);

        claims.Should().HaveCount(2);
        claims[1].Speaker.Should().Be("he");
        claims[1].Canonical.Should().Be("Tom Becker");
    }

    [Fact]
    public void A_pronoun_after_a_newly_named_person_resolves_to_that_person()
    {
        string text = "Prices will rise, Mark Dalton said. Council member Rita Vance objected. She said the figures were wrong.";
        List<ClaimTestKit.Seen> claims = Read(text);

        claims.Should().HaveCount(2);
        claims[1].Canonical.Should().Be("Rita Vance");
    }

    [Fact]
    public void A_named_body_is_an_organisation_not_a_person()
    {
        Document doc = ClaimTestKit.Read("Snow will close the pass, the Alpine Weather Office warned on Sunday. Roads stay open, it said.", Language.English);

        doc.Clusters.Should().ContainSingle().Which.Label.Should().Be(EntityLabel.Organization);
    }

    [Fact]
    public void A_dateline_is_not_part_of_the_content()
    {
        List<Seen> claims = Read("LEEDS — The school will close for a week, officials said.");

        claims.Should().ContainSingle();
        claims[0].Content.Should().Be("The school will close for a week");
        claims[0].Speaker.Should().Be("officials");
    }

    [Theory]
    [InlineData("The minister urged lawmakers to pass the bill.")]
    [InlineData("The agency reported heavy flooding in the north.")]
    [InlineData("She called it a \"code red\" for the region.")]
    public void Orders_nominal_objects_and_quoted_labels_are_not_claims(string text) =>
        Read(text).Should().BeEmpty();
}
