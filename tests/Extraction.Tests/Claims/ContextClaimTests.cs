using static Extraction.Tests.Claims.ClaimTestKit;

namespace Extraction.Tests.Claims;

/// <summary>Claims whose attribution comes from the context: cue-less quotes, sub-headings, headlines, paragraphs, dialogue.</summary>
public sealed class ContextClaimTests
{
    [Fact]
    public void A_quoted_sentence_after_a_named_source_is_a_cueless_claim_of_that_source()
    {
        List<Seen> claims = ClaimTestKit.Claims("The harbour master, Tom Reilly, was unimpressed. \"Nobody checked the moorings before the storm.\"", Language.English);

        claims.Should().ContainSingle().Which.Should().Be(new Seen(ClaimKind.Direct, "Nobody checked the moorings before the storm.", null, null, "Tom Reilly"));
    }

    [Fact]
    public void A_second_quote_continues_the_speaker_of_the_first()
    {
        List<Seen> claims = ClaimTestKit.Claims("\"The bridge is safe,\" said engineer Nadia Brooks. \"We tested every cable twice.\"", Language.English);

        claims.Should().HaveCount(2);
        claims[1].Should().Be(new Seen(ClaimKind.Direct, "We tested every cable twice.", null, null, "Nadia Brooks"));
    }

    [Fact]
    public void A_sub_heading_quote_speaks_for_the_source_of_the_next_claim()
    {
        List<Seen> claims = ClaimTestKit.Claims("« Aucune classe ne fermera »\n\nLe recteur, Paul Vidal, a assuré lundi que les effectifs resteraient stables.", Language.French);

        claims.Should().HaveCount(2);
        claims[0].Should().Be(new Seen(ClaimKind.Direct, "Aucune classe ne fermera", null, null, "Paul Vidal"));
    }

    [Fact]
    public void A_short_quoted_label_alone_in_a_sentence_is_not_a_claim()
    {
        ClaimTestKit.Claims("Le dossier porte une mention. « Très urgent ».", Language.French).Should().BeEmpty();
    }

    [Fact]
    public void A_quotation_over_two_paragraphs_is_one_claim()
    {
        List<Seen> claims = ClaimTestKit.Claims("Le maire, Henri Costa, a déclaré : « Le pont rouvrira en mars. Les essais sont bons.\n« Nous ne prendrons aucun risque. »", Language.French);

        claims.Should().ContainSingle();
        claims[0].Content.Should().Be("Le pont rouvrira en mars. Les essais sont bons.\n« Nous ne prendrons aucun risque.");
        claims[0].Canonical.Should().Be("Henri Costa");
    }

    [Fact]
    public void Source_to_medium_headline_is_an_according_to_claim_with_the_colon_as_cue()
    {
        List<Seen> claims = ClaimTestKit.Claims("Moreno a EFE: \"El puerto abrirá en abril\"\n\nEl presidente del puerto, Diego Moreno, habló con EFE este lunes.", Language.Spanish);

        claims.Should().ContainSingle().Which.Should().Be(new Seen(ClaimKind.AccordingTo, "El puerto abrirá en abril", ":", "Moreno", "Diego Moreno"));
    }

    [Fact]
    public void A_place_before_a_colon_in_a_headline_is_a_topic_not_a_source()
    {
        ClaimTestKit.Claims("Lyon : la circulation reprend sur le périphérique\n\nLes travaux sont terminés.", Language.French).Should().BeEmpty();
    }

    [Fact]
    public void A_dialogue_incise_without_a_dash_ends_the_words_spoken()
    {
        List<Seen> claims = ClaimTestKit.Claims("— Nous attendons des actes, pas des promesses, lance une infirmière devant l'hôpital.", Language.French);

        claims.Should().ContainSingle().Which.Should().Be(new Seen(ClaimKind.Direct, "Nous attendons des actes, pas des promesses", "lance", "une infirmière", null));
    }

    [Fact]
    public void A_pronoun_after_selon_is_the_speaker()
    {
        List<Seen> claims = ClaimTestKit.Claims("Le syndicaliste Marc Aubry reste prudent. Selon lui, rien n'a changé depuis l'été.", Language.French);

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(ClaimKind.AccordingTo);
        claims[0].Content.Should().Be("rien n'a changé depuis l'été");
        claims[0].Canonical.Should().Be("Marc Aubry");
    }

    [Fact]
    public void An_elided_que_opens_the_complement()
    {
        List<Seen> claims = ClaimTestKit.Claims("La préfète, Anne Roux, a assuré lundi qu'elle rouvrirait la route avant Noël.", Language.French);

        claims.Should().ContainSingle().Which.Should().Be(new Seen(ClaimKind.Indirect, "elle rouvrirait la route avant Noël", "a assuré", "Anne Roux", "Anne Roux"));
    }

    [Fact]
    public void A_spanish_infinitive_complement_is_a_claim_and_a_channel_before_the_inverted_subject_is_skipped()
    {
        List<Seen> claims = ClaimTestKit.Claims("\"No habrá recortes\", dijo a EFE la ministra de Hacienda, Elena Pardo, quien negó haber recibido el informe.", Language.Spanish);

        claims.Should().HaveCount(2);
        claims[0].Should().Be(new Seen(ClaimKind.Direct, "No habrá recortes", "dijo", "Elena Pardo", "Elena Pardo"));
        claims[1].Content.Should().Be("haber recibido el informe");
        claims[1].Canonical.Should().Be("Elena Pardo");
    }

    [Fact]
    public void An_agency_dateline_is_left_out_of_the_content()
    {
        List<Seen> claims = ClaimTestKit.Claims("SEVILLA, 5 may (EFE).- El puerto cerrará dos días por obras, según informó la Autoridad Portuaria.", Language.Spanish);

        claims.Should().ContainSingle().Which.Content.Should().Be("El puerto cerrará dos días por obras");
    }

    [Fact]
    public void An_english_comma_inside_the_mark_lets_a_subject_with_a_lower_case_title_and_an_object_follow()
    {
        List<Seen> claims = ClaimTestKit.Claims("\"The levee will hold,\" county engineer Rosa Diaz told reporters on Friday. He said crews were working overnight.", Language.English);

        claims.Should().HaveCount(2);
        claims[0].Should().Be(new Seen(ClaimKind.Direct, "The levee will hold", "told", "Rosa Diaz", "Rosa Diaz"));
        claims[1].Content.Should().Be("crews were working overnight");
    }

    [Fact]
    public void A_dialogue_incise_after_the_first_words_splits_the_turn_into_two_claims_with_one_cue()
    {
        List<Seen> claims = ClaimTestKit.Claims("— Non, répond le gardien, personne n'est entré cette nuit.", Language.French);

        claims.Should().HaveCount(2);
        claims[0].Should().Be(new Seen(ClaimKind.Direct, "Non", "répond", "le gardien", null));
        claims[1].Should().Be(new Seen(ClaimKind.Direct, "personne n'est entré cette nuit.", "répond", "le gardien", null));
    }

    [Fact]
    public void A_cue_inserted_after_the_first_words_attributes_the_whole_sentence()
    {
        List<Seen> claims = ClaimTestKit.Claims("Governor Ellen Ward defended the plan. The state, she said, could not wait another year.", Language.English);

        claims.Should().ContainSingle();
        claims[0].Content.Should().Be("The state, she said, could not wait another year");
        claims[0].Canonical.Should().Be("Ellen Ward");
    }

    [Fact]
    public void A_quoted_question_without_a_cue_is_not_a_claim()
    {
        List<Seen> claims = ClaimTestKit.Claims("\"We lost everything,\" said farmer Jo Hart. \"Who will pay for this?\"", Language.English);

        claims.Should().ContainSingle().Which.Content.Should().Be("We lost everything");
    }

    [Fact]
    public void A_french_past_infinitive_after_a_cue_is_the_content()
    {
        List<Seen> claims = ClaimTestKit.Claims("L'éleveuse Julie Marchand estime avoir perdu un tiers de son troupeau.", Language.French);

        claims.Should().ContainSingle().Which.Content.Should().Be("avoir perdu un tiers de son troupeau");
    }
}
