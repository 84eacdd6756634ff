using static Extraction.Tests.Tokenization.TokenizationTestText;

namespace Extraction.Tests.Tokenization;

public class SentenceSplitterTests
{
    [Fact]
    public void Splits_after_a_period_before_a_capital() =>
        Sentences(French, "Le vote a eu lieu. Les députés sont partis.")
            .Should().Equal("Le vote a eu lieu.", "Les députés sont partis.");

    [Fact]
    public void Does_not_split_after_a_title_abbreviation() =>
        Sentences(French, "M. Dupont est arrivé. Mme Durand aussi.")
            .Should().Equal("M. Dupont est arrivé.", "Mme Durand aussi.");

    [Fact]
    public void Does_not_split_after_an_initial() =>
        Sentences(English, "John F. Kennedy spoke. Crowds cheered.")
            .Should().Equal("John F. Kennedy spoke.", "Crowds cheered.");

    [Fact]
    public void Splits_after_etc_before_a_capital() =>
        Sentences(French, "Il vend des pommes, des poires, etc. Les prix montent.")
            .Should().Equal("Il vend des pommes, des poires, etc.", "Les prix montent.");

    [Fact]
    public void Does_not_split_inside_a_number() =>
        Sentences(French, "Il a reçu 1.500 euros et 2,5 points. Fin.")
            .Should().Equal("Il a reçu 1.500 euros et 2,5 points.", "Fin.");

    [Fact]
    public void Keeps_the_closing_guillemet_with_the_quote_it_ends() =>
        Sentences(French, "Il a déclaré : « Nous partirons. » Le lendemain, il partait.")
            .Should().Equal("Il a déclaré : « Nous partirons. »", "Le lendemain, il partait.");

    [Fact]
    public void Does_not_split_a_quote_followed_by_its_reporting_clause() =>
        Sentences(French, "« Nous partirons ! » a-t-il dit. Puis il est sorti.")
            .Should().Equal("« Nous partirons ! » a-t-il dit.", "Puis il est sorti.");

    [Fact]
    public void Keeps_the_closing_english_quote_with_the_sentence() =>
        Sentences(English, "\"We will leave.\" The next day he left.")
            .Should().Equal("\"We will leave.\"", "The next day he left.");

    [Fact]
    public void Splits_when_the_space_after_a_period_is_missing() =>
        Sentences(French, "Les combats continuent en Ukraine.Dans le sud, la ligne tient.")
            .Should().Equal("Les combats continuent en Ukraine.", "Dans le sud, la ligne tient.");

    [Fact]
    public void Splits_when_the_space_after_a_closing_quote_is_missing() =>
        Sentences(French, "Il a dit : « C'est fini. »Il est parti.")
            .Should().Equal("Il a dit : « C'est fini. »", "Il est parti.");

    [Fact]
    public void Ends_a_headline_without_final_period_at_its_line_break() =>
        Sentences(French, "Le Parlement adopte la réforme\nLes députés ont voté mardi soir.")
            .Should().Equal("Le Parlement adopte la réforme", "Les députés ont voté mardi soir.");

    [Fact]
    public void Does_not_split_a_wrapped_line_that_goes_on_in_lower_case() =>
        Sentences(French, "Les députés ont voté\nmardi soir la réforme.")
            .Should().Equal("Les députés ont voté\nmardi soir la réforme.");

    [Fact]
    public void Splits_spanish_questions_and_exclamations() =>
        Sentences(Spanish, "¿Quién ganó? ¡Nadie lo sabe! El recuento sigue.")
            .Should().Equal("¿Quién ganó?", "¡Nadie lo sabe!", "El recuento sigue.");

    [Fact]
    public void Does_not_split_after_a_spanish_title() =>
        Sentences(Spanish, "El Sr. García habló. La sesión terminó.")
            .Should().Equal("El Sr. García habló.", "La sesión terminó.");

    [Fact]
    public void Trims_sentences_of_white_space()
    {
        Document doc = French.Extract("  Bonjour.  \n\n  Au revoir.  ", Language.French);
        doc.Sentences.Select(doc.TextOf).Should().Equal("Bonjour.", "Au revoir.");
    }

    [Fact]
    public void Splits_after_a_period_before_a_lower_case_word() =>
        Sentences(French, "Le verdict tombera lundi. on attend la suite.")
            .Should().Equal("Le verdict tombera lundi.", "on attend la suite.");

    [Fact]
    public void Splits_at_a_semicolon_before_a_capital_as_UD_does() =>
        Sentences(Spanish, "El equipo ganó; La afición celebró; y todos volvieron a casa.")
            .Should().Equal("El equipo ganó;", "La afición celebró; y todos volvieron a casa.");

    [Fact]
    public void A_straight_quote_glued_to_the_next_word_opens_the_next_sentence_even_after_an_unclosed_quote() =>
        Sentences(French, "Il cite le mot \"passeurs et parle de contrebandiers. \"Cette question reste ouverte\", dit-il.")
            .Should().Equal("Il cite le mot \"passeurs et parle de contrebandiers.", "\"Cette question reste ouverte\", dit-il.");

    [Fact]
    public void Keeps_a_list_of_people_separated_by_semicolons_in_one_sentence() =>
        Sentences(French, "Ont été décorés Paul Renaud (1931) ; Martine Vasseur, adjointe ; Lucien Carré (1927). La cérémonie a suivi.")
            .Should().Equal("Ont été décorés Paul Renaud (1931) ; Martine Vasseur, adjointe ; Lucien Carré (1927).", "La cérémonie a suivi.");

    [Fact]
    public void Splits_at_a_semicolon_before_a_name_that_starts_a_clause() =>
        Sentences(French, "Le conseil a voté le budget ; Martine Vasseur a quitté la salle.")
            .Should().Equal("Le conseil a voté le budget ;", "Martine Vasseur a quitté la salle.");

    [Fact]
    public void Keeps_a_list_of_people_after_semicolons_in_Spanish_too() =>
        Sentences(Spanish, "Fueron premiados Lucía Romero, alcaldesa; Pablo Ortega (1950); y la banda municipal.")
            .Should().ContainSingle();

    [Fact]
    public void Does_not_split_after_an_ellipsis_before_a_lower_case_word() =>
        Sentences(French, "Il hésite... puis repart.").Should().ContainSingle();

    [Fact]
    public void Ends_a_headline_run_into_the_next_sentence_before_a_capitalised_pronoun() =>
        Sentences(French, "Le Parlement adopte la réforme des retraites Les députés ont voté mardi soir.")
            .Should().Equal("Le Parlement adopte la réforme des retraites", "Les députés ont voté mardi soir.");

    [Fact]
    public void Ends_a_sentence_where_a_starter_is_glued_to_the_word_before() =>
        Sentences(English, "Fewer families fed, said Okonkwo-ReyesThe WFP said it had enough.")
            .Should().Equal("Fewer families fed, said Okonkwo-Reyes", "The WFP said it had enough.");

    [Fact]
    public void Does_not_end_a_sentence_before_a_capitalised_name() =>
        Sentences(French, "Elle a lu Le Monde ce matin et Marine Le Pen a répondu.").Should().ContainSingle();

    [Fact]
    public void Leaves_the_closing_quote_of_a_quote_opened_in_an_earlier_sentence_to_the_next_sentence() =>
        Sentences(French, "« Il faut partir. Nous n'avons plus le temps. » Il a quitté la salle.")
            .Should().Equal("« Il faut partir.", "Nous n'avons plus le temps.", "» Il a quitté la salle.");

    [Fact]
    public void Ends_a_sentence_after_a_capital_letter_before_a_sentence_starter() =>
        Sentences(French, "Le logiciel tourne sous Mac OS X. Une version pour Windows suivra.")
            .Should().Equal("Le logiciel tourne sous Mac OS X.", "Une version pour Windows suivra.");

    [Fact]
    public void Ends_a_headline_in_capitals_before_a_capitalised_word() =>
        Sentences(French, "CONSEIL MUNICIPAL Les élus ont voté le budget.")
            .Should().Equal("CONSEIL MUNICIPAL", "Les élus ont voté le budget.");
}
