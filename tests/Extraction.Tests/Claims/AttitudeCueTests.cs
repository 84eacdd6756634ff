using static Extraction.Tests.Claims.ClaimTestKit;

namespace Extraction.Tests.Claims;

/// <summary>Attitude cues: a copular or reflexive verb with an attitude adjective, in the three languages.</summary>
public sealed class AttitudeCueTests
{
    [Theory]
    [InlineData("Le ministre de l'Économie, Paul Verdier, s'est dit convaincu que la croissance repartira au printemps.", "la croissance repartira au printemps", "s'est dit convaincu", "Paul Verdier")]
    [InlineData("La préfète s'est dite persuadée que la digue tiendra.", "la digue tiendra", "s'est dite persuadée", "La préfète")]
    [InlineData("Les élus se disent optimistes qu'un accord sera trouvé.", "un accord sera trouvé", "se disent optimistes", "Les élus")]
    [InlineData("Le maire se montre confiant que le chantier sera fini en mai.", "le chantier sera fini en mai", "se montre confiant", "Le maire")]
    [InlineData("La directrice, Claire Morand, s'est déclarée inquiète que les prix continuent de grimper.", "les prix continuent de grimper", "s'est déclarée inquiète", "Claire Morand")]
    public void French_attitude_cue_with_que_is_indirect(string text, string content, string cue, string speaker)
    {
        ExpectSingle(Language.French, text, ClaimKind.Indirect, content, cue, speaker);
    }

    [Fact]
    public void French_attitude_cue_before_a_colon_and_a_quotation_is_direct()
    {
        ExpectSingle(Language.French, "Interrogée mardi, la préfète s'est montrée prudente : « Rien n'est décidé pour la rentrée ».",
            ClaimKind.Direct, "Rien n'est décidé pour la rentrée", "s'est montrée prudente", "la préfète");
    }

    [Theory]
    [InlineData("La consejera, Ana Gil, se mostró escéptica: \"No creo que lleguen a tiempo\".", ClaimKind.Direct, "No creo que lleguen a tiempo", "se mostró escéptica", "Ana Gil")]
    [InlineData("El alcalde se mostró partidario de que el Gobierno suba las ayudas.", ClaimKind.Indirect, "el Gobierno suba las ayudas", "se mostró partidario", "El alcalde")]
    [InlineData("La ministra se ha mostrado convencida de que habrá acuerdo.", ClaimKind.Indirect, "habrá acuerdo", "se ha mostrado convencida", "La ministra")]
    [InlineData("Los regantes se declararon optimistas de que lloverá en abril.", ClaimKind.Indirect, "lloverá en abril", "se declararon optimistas", "Los regantes")]
    [InlineData("El portavoz, Luis Prat, se manifestó preocupado de que el embalse siga bajando.", ClaimKind.Indirect, "el embalse siga bajando", "se manifestó preocupado", "Luis Prat")]
    public void Spanish_attitude_cue_gives_a_claim(string text, ClaimKind kind, string content, string cue, string speaker)
    {
        ExpectSingle(Language.Spanish, text, kind, content, cue, speaker);
    }

    [Theory]
    [InlineData("Mayor Linda Ortiz was confident that the bridge would reopen in May.", ClaimKind.Indirect, "the bridge would reopen in May", "was confident", "Linda Ortiz")]
    [InlineData("The engineers remain convinced that the design is safe.", ClaimKind.Indirect, "the design is safe", "remain convinced", "The engineers")]
    [InlineData("Union leaders are optimistic that a deal can be reached this week.", ClaimKind.Indirect, "a deal can be reached this week", "are optimistic", "Union leaders")]
    [InlineData("Nadia Brooks was adamant: \"We will not close the clinic.\"", ClaimKind.Direct, "We will not close the clinic.", "was adamant", "Nadia Brooks")]
    public void English_attitude_cue_gives_a_claim(string text, ClaimKind kind, string content, string cue, string speaker)
    {
        ExpectSingle(Language.English, text, kind, content, cue, speaker);
    }

    [Theory]
    [InlineData("Ortiz said she was confident that the bridge would reopen in May.")]
    [InlineData("Ortiz said that they were optimistic that the bridge would reopen in May.")]
    public void An_attitude_right_after_said_and_a_pronoun_belongs_to_the_said_claim(string text)
    {
        List<Seen> claims = ClaimTestKit.Claims(text, Language.English);

        claims.Should().ContainSingle();
        claims[0].Cue.Should().Be("said");
        claims[0].Content.Should().EndWith("the bridge would reopen in May");
    }

    [Fact]
    public void A_named_subject_after_said_keeps_its_own_nested_claim()
    {
        List<Seen> claims = ClaimTestKit.Claims("Ortiz said the engineers were optimistic that the bridge would reopen in May.", Language.English);

        claims.Should().HaveCount(2);
        claims[1].Cue.Should().Be("were optimistic");
        claims[1].Speaker.Should().Be("the engineers");
    }

    [Theory]
    [InlineData("Le ministre s'est dit prêt à négocier avec les syndicats dès lundi.", Language.French, "négocier avec les syndicats dès lundi", "s'est dit prêt", "Le ministre")]
    [InlineData("La ministre s'est déclarée prête à ne pas appliquer la taxe.", Language.French, "ne pas appliquer la taxe", "s'est déclarée prête", "La ministre")]
    [InlineData("La maire s'est dite convaincue d'avoir pris la bonne décision.", Language.French, "avoir pris la bonne décision", "s'est dite convaincue", "La maire")]
    [InlineData("El sindicato se mostró dispuesto a negociar con la empresa.", Language.Spanish, "negociar con la empresa", "se mostró dispuesto", "El sindicato")]
    [InlineData("La ministra se mostró convencida de poder cerrar el acuerdo.", Language.Spanish, "poder cerrar el acuerdo", "se mostró convencida", "La ministra")]
    public void An_infinitive_after_the_adjective_states_a_commitment_or_a_belief(string text, Language language, string content, string cue, string speaker)
    {
        ExpectSingle(language, text, ClaimKind.Indirect, content, cue, speaker);
    }

    [Theory]
    [InlineData("Le syndicat s'est dit prêt à tout.", Language.French)]
    [InlineData("Il s'est dit convaincu de la nécessité d'agir.", Language.French)]
    [InlineData("El alcalde se mostró dispuesto a todo.", Language.Spanish)]
    [InlineData("La consejera se mostró convencida de la necesidad de actuar.", Language.Spanish)]
    [InlineData("Le syndicat s'est déclaré favorable à une pause des négociations.", Language.French)]
    [InlineData("La préfète s'est montrée prudente.", Language.French)]
    [InlineData("Los vecinos se declararon preocupados por el ruido.", Language.Spanish)]
    [InlineData("The coach was confident in his team.", Language.English)]
    [InlineData("The weather was optimistic for a Tuesday, and the crowd was hopeful.", Language.English)]
    public void An_attitude_without_a_clause_or_a_quotation_is_not_a_claim(string text, Language language)
    {
        ClaimTestKit.Claims(text, language).Should().BeEmpty();
    }

    private static void ExpectSingle(Language language, string text, ClaimKind kind, string content, string cue, string speaker)
    {
        List<Seen> claims = ClaimTestKit.Claims(text, language);

        claims.Should().ContainSingle();
        claims[0].Kind.Should().Be(kind);
        claims[0].Content.Should().Be(content);
        claims[0].Cue.Should().Be(cue);
        claims[0].Speaker.Should().Be(speaker);
    }
}
