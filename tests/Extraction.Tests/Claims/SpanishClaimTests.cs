using static Extraction.Tests.Claims.ClaimTestKit;

namespace Extraction.Tests.Claims;

public sealed class SpanishClaimTests
{
    private static List<Seen> Read(string text) => ClaimTestKit.Claims(text, Language.Spanish);

    [Fact]
    public void Quote_then_dijo_and_a_description_is_direct()
    {
        string text = "La alcaldesa de Sevilla, Marta Ruiz, visitó la obra. “Terminaremos en junio”, dijo la alcaldesa.";
        List<Seen> claims = Read(text);

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(ClaimKind.Direct);
        claims[0].Content.Should().Be("Terminaremos en junio");
        claims[0].Cue.Should().Be("dijo");
        claims[0].Speaker.Should().Be("la alcaldesa");
    }

    [Fact]
    public void A_fully_quoted_complement_is_direct()
    {
        List<Seen> claims = Read("El ministro Andrés Vidal aseguró que “no habrá recortes en sanidad”.");

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(ClaimKind.Direct);
        claims[0].Content.Should().Be("no habrá recortes en sanidad");
        claims[0].Speaker.Should().Be("Andrés Vidal");
    }

    [Fact]
    public void A_relative_subject_takes_its_antecedent()
    {
        string text = "“Seguiremos negociando”, afirmó la consejera Lucía Prat, quien añadió que el acuerdo está cerca.";
        List<Seen> claims = Read(text);

        claims.Should().HaveCount(2);
        claims[1].Kind.Should().Be(ClaimKind.Indirect);
        claims[1].Content.Should().Be("el acuerdo está cerca");
        claims[1].Canonical.Should().Be("Lucía Prat");
    }

    [Fact]
    public void Pro_drop_cue_has_no_speaker_but_resolves_from_context()
    {
        string text = "Rosa Díaz habló con la prensa. Así, explicó que el plan empezará en otoño.";
        List<Seen> claims = Read(text);

        claims.Should().ContainSingle();
        claims[0].Content.Should().Be("el plan empezará en otoño");
        claims[0].Speaker.Should().BeNull();
    }

    [Fact]
    public void Segun_gives_an_according_to_claim()
    {
        List<Seen> claims = Read("El paro bajó un dos por ciento en marzo, según el Instituto Nacional de Estadística.");

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(ClaimKind.AccordingTo);
        claims[0].Content.Should().Be("El paro bajó un dos por ciento en marzo");
        claims[0].Cue.Should().Be("según");
    }

    [Fact]
    public void A_consequence_clause_ends_the_content()
    {
        List<Seen> claims = Read("Jorge Sanz aseguró que la obra está parada, por lo que el Ayuntamiento pide calma.");

        claims.Should().ContainSingle();
        claims[0].Content.Should().Be("la obra está parada");
    }

    [Fact]
    public void A_verb_after_aunque_shares_the_main_subject()
    {
        List<ClaimTestKit.Seen> claims = Read("Los vecinos de Triana aplaudieron la reforma, aunque advirtieron que llega tarde.");

        claims.Should().ContainSingle();
        claims[0].Content.Should().Be("llega tarde");
        claims[0].Speaker.Should().Be("Los vecinos de Triana");
    }

    [Fact]
    public void A_second_verb_of_the_subject_ends_the_clause_and_an_inverted_question_mark_starts_a_sentence()
    {
        List<ClaimTestKit.Seen> claims = Read("Ana Gil afirmó que el tranvía “no funciona” y pidió más inversión. ¿Quién pagará?");

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(ClaimKind.Mixed);
        claims[0].Content.Should().Be("el tranvía “no funciona”");
    }

    [Theory]
    [InlineData("El Gobierno pidió que los bancos bajen los tipos.")]
    [InlineData("La empresa acusó al sindicato de mentir.")]
    public void Requests_and_accusations_without_a_clause_are_not_claims(string text) =>
        Read(text).Should().BeEmpty();
}
