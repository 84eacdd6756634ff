using static Extraction.Tests.Claims.ClaimTestKit;

namespace Extraction.Tests.Claims;

public sealed class FrenchClaimTests
{
    private static List<Seen> Read(string text) => ClaimTestKit.Claims(text, Language.French);

    [Fact]
    public void Quote_then_inverted_cue_gives_a_direct_claim_with_the_clitic_as_speaker()
    {
        List<Seen> claims = Read("La maire de Lille, Claire Vasseur, a visité le chantier mardi. « Les travaux finiront avant l'été », a-t-elle promis.");

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(ClaimKind.Direct);
        claims[0].Content.Should().Be("Les travaux finiront avant l'été");
        claims[0].Cue.Should().Be("a-t-elle promis");
        claims[0].Speaker.Should().Be("elle");
    }

    [Theory]
    [InlineData("Le président du club a affirmé que le stade serait rénové en 2027.", "Le président du club")]
    [InlineData("Le PDG du groupe a déclaré que les usines resteraient ouvertes.", "Le PDG du groupe")]
    [InlineData("Le porte-parole des pompiers a assuré que le feu était fixé.", "Le porte-parole des pompiers")]
    [InlineData("La directrice de l'hôpital a indiqué que les urgences resteraient ouvertes.", "La directrice de l'hôpital")]
    public void A_description_with_a_complement_is_the_speaker_from_its_first_determiner(string text, string speaker)
    {
        List<Seen> claims = Read(text);

        claims.Should().ContainSingle().Which.Speaker.Should().Be(speaker);
    }

    [Fact]
    public void Quote_then_cue_then_name_gives_the_name_as_speaker()
    {
        List<Seen> claims = Read("« Nous ne céderons rien sur les salaires », a déclaré Martine Leroux devant les grévistes.");

        claims.Should().ContainSingle().Which.Should().Be(new Seen(ClaimKind.Direct, "Nous ne céderons rien sur les salaires", "a déclaré", "Martine Leroux", "Martine Leroux"));
    }

    [Fact]
    public void Que_clause_gives_an_indirect_claim_with_the_subject_as_speaker()
    {
        List<Seen> claims = Read("Le syndicat Force Rail a affirmé jeudi que la grève serait reconduite jusqu'à dimanche.");

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(ClaimKind.Indirect);
        claims[0].Content.Should().Be("la grève serait reconduite jusqu'à dimanche");
        claims[0].Cue.Should().Be("a affirmé");
    }

    [Fact]
    public void Que_clause_with_a_quoted_fragment_is_mixed()
    {
        List<Seen> claims = Read("Pierre Garnier a estimé que le budget restait « très fragile » malgré les économies.");

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(ClaimKind.Mixed);
        claims[0].Content.Should().Be("le budget restait « très fragile » malgré les économies");
        claims[0].Speaker.Should().Be("Pierre Garnier");
    }

    [Fact]
    public void Selon_at_the_end_gives_an_according_to_claim_on_the_sentence()
    {
        List<Seen> claims = Read("Cependant, trois usines fermeront d'ici à juin, selon la fédération patronale.");

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(ClaimKind.AccordingTo);
        claims[0].Content.Should().Be("trois usines fermeront d'ici à juin");
        claims[0].Cue.Should().Be("selon");
        claims[0].Speaker.Should().Be("la fédération patronale");
    }

    [Fact]
    public void Selon_at_the_start_attaches_to_the_rest_of_the_sentence()
    {
        List<Seen> claims = Read("Selon Météo-Sud, les orages reprendront samedi soir.");

        claims.Should().ContainSingle();
        claims[0].Content.Should().Be("les orages reprendront samedi soir");
        claims[0].Speaker.Should().Be("Météo-Sud");
    }

    [Fact]
    public void Postposed_cue_with_the_name_after_it_is_indirect()
    {
        List<Seen> claims = Read("Le pont restera fermé tout l'hiver, a indiqué Paul Ferrand lundi soir.");

        claims.Should().ContainSingle().Which.Should().Be(new Seen(ClaimKind.Indirect, "Le pont restera fermé tout l'hiver", "a indiqué", "Paul Ferrand", "Paul Ferrand"));
    }

    [Fact]
    public void A_parenthetical_rapporter_makes_an_according_to_claim()
    {
        List<Seen> claims = Read("Les deux pays ont signé un accord gazier, ont rapporté mardi les agences officielles.");

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(ClaimKind.AccordingTo);
        claims[0].Cue.Should().Be("ont rapporté");
        claims[0].Speaker.Should().Be("les agences officielles");
    }

    [Fact]
    public void A_channel_after_the_speaker_is_not_the_speaker()
    {
        List<Seen> claims = Read("La ligne sera rouverte demain, a écrit le ministre sur X.");

        claims.Should().ContainSingle();
        claims[0].Speaker.Should().Be("le ministre");
    }

    [Fact]
    public void A_quote_split_off_its_cue_by_a_sentence_end_keeps_its_cue()
    {
        List<Seen> claims = Read("Julien Morel a répondu aux questions. « Rien n'est décidé. Nous verrons en mars. »Il a dit.");

        claims.Should().ContainSingle();
        claims[0].Content.Should().Be("Rien n'est décidé. Nous verrons en mars.");
        claims[0].Cue.Should().Be("a dit");
        claims[0].Speaker.Should().Be("Il");
        claims[0].Canonical.Should().Be("Julien Morel");
    }

    [Fact]
    public void A_name_split_off_by_a_machine_translation_period_is_the_speaker()
    {
        List<Seen> claims = Read("« Ce vote est une faute », a-t-il dénoncé. Henri Dufour, porte-parole du parti vert.");

        claims.Should().ContainSingle();
        claims[0].Speaker.Should().Be("Henri Dufour");
        claims[0].Canonical.Should().Be("Henri Dufour");
    }

    [Fact]
    public void Pronoun_and_title_speakers_resolve_to_the_last_person_who_spoke()
    {
        string text = "Le pont restera fermé, a déclaré Sophie Lambert. Le chantier durera deux ans, a ajouté la ministre. « C'est long », a-t-elle reconnu.";
        List<Seen> claims = Read(text);

        claims.Should().HaveCount(3);
        claims.Select(c => c.Canonical).Should().AllBe("Sophie Lambert");
        claims[1].Speaker.Should().Be("la ministre");
        claims[2].Speaker.Should().Be("elle");
    }

    [Fact]
    public void A_surname_resolves_to_the_full_name_in_its_majority_spelling()
    {
        string text = "Le président ukrainien Volodymyr Zelenski a parlé. L'armée avance, a dit Zelensky. Les alliés hésitent, a ajouté Zelensky.";
        List<Seen> claims = Read(text);

        claims.Should().HaveCount(2);
        claims.Select(c => c.Canonical).Should().AllBe("Volodymyr Zelensky");
    }

    [Fact]
    public void A_nominal_object_with_quoted_words_is_a_mixed_claim()
    {
        List<ClaimTestKit.Seen> claims = Read("La directrice Anne Roche a dénoncé des « promesses creuses » du gouvernement.");

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(ClaimKind.Mixed);
        claims[0].Content.Should().Be("des « promesses creuses » du gouvernement");
        claims[0].Canonical.Should().Be("Anne Roche");
    }

    [Fact]
    public void A_feminine_pronoun_skips_a_masculine_speaker()
    {
        string text = "Le budget tiendra, a affirmé Mme Claire Duval. « Rien ne bouge », a répondu M. Paul Girard. Interrogée, elle a assuré que la dette baisserait.";
        List<ClaimTestKit.Seen> claims = Read(text);

        claims.Should().HaveCount(3);
        claims[2].Canonical.Should().Be("Claire Duval");
    }

    [Theory]
    [InlineData("Le gouvernement a demandé que les banques baissent leurs taux.")]
    [InlineData("Les deux dirigeants ont convenu que le sommet aurait lieu en mai.")]
    [InlineData("Le maire a regretté le manque de moyens.")]
    [InlineData("Le club a publié un communiqué sur son site.")]
    public void Requests_agreements_and_nominal_objects_are_not_claims(string text) =>
        Read(text).Should().BeEmpty();

    [Fact]
    public void A_participle_shares_the_subject_of_its_sentence()
    {
        List<Seen> claims = Read("L'ONU a publié son rapport annuel, affirmant que la faim recule en Asie.");

        claims.Should().ContainSingle();
        claims[0].Content.Should().Be("la faim recule en Asie");
        claims[0].Speaker.Should().Be("ONU");
    }

    [Fact]
    public void A_dislocated_pronoun_after_a_quote_mark_with_no_speaker_still_resolves_from_context()
    {
        string text = "Le budget est prêt, a assuré Hélène Carpentier. « Personne ne sera oublié », promet.";
        List<Seen> claims = Read(text);

        claims.Should().HaveCount(2);
        claims[1].Speaker.Should().BeNull();
        claims[1].Canonical.Should().Be("Hélène Carpentier");
    }
}
