using static Extraction.Tests.Tokenization.TokenizationTestText;

namespace Extraction.Tests.Tokenization;

public class FrenchTokenizerTests
{
    [Theory]
    [InlineData("l'armée recule", new[] { "l'", "armée", "recule" })]
    [InlineData("l’armée recule", new[] { "l’", "armée", "recule" })]
    [InlineData("L'Assemblée vote", new[] { "L'", "Assemblée", "vote" })]
    public void Splits_elision_after_l(string text, string[] expected) =>
        Tokens(French, text).Should().Equal(expected);

    [Theory]
    [InlineData("d'abord", new[] { "d'", "abord" })]
    [InlineData("qu'il parte", new[] { "qu'", "il", "parte" })]
    [InlineData("jusqu'à Kyiv", new[] { "jusqu'", "à", "Kyiv" })]
    [InlineData("lorsqu’elle arrive", new[] { "lorsqu’", "elle", "arrive" })]
    [InlineData("puisqu'on sait", new[] { "puisqu'", "on", "sait" })]
    [InlineData("n'a pas", new[] { "n'", "a", "pas" })]
    [InlineData("s'est tu", new[] { "s'", "est", "tu" })]
    [InlineData("c'était", new[] { "c'", "était" })]
    [InlineData("j'ai vu", new[] { "j'", "ai", "vu" })]
    [InlineData("m'a dit", new[] { "m'", "a", "dit" })]
    [InlineData("t'attend", new[] { "t'", "attend" })]
    [InlineData("qu'est-ce", new[] { "qu'", "est", "-ce" })]
    public void Splits_every_elided_word_after_its_apostrophe(string text, string[] expected) =>
        Tokens(French, text).Should().Equal(expected);

    [Theory]
    [InlineData("a déclaré ZelenskyDe son côté", new[] { "a", "déclaré", "Zelensky", "De", "son", "côté" })]
    [InlineData("photo AFPLe ministre", new[] { "photo", "AFPLe", "ministre" })]
    [InlineData("Photo DupontLes habitants", new[] { "Photo", "Dupont", "Les", "habitants" })]
    [InlineData("Jean Saint-ArnaudLe maire", new[] { "Jean", "Saint-Arnaud", "Le", "maire" })]
    [InlineData("Paul DelmasVendredi soir", new[] { "Paul", "Delmas", "Vendredi", "soir" })]
    [InlineData("Mathilde RochereauPartager", new[] { "Mathilde", "Rochereau", "Partager" })]
    [InlineData("a promis GarbaÀ Zinder et Maradi", new[] { "a", "promis", "Garba", "À", "Zinder", "et", "Maradi" })]
    [InlineData("Gwenaëlle Le Floc'hLire aussi", new[] { "Gwenaëlle", "Le", "Floc'h", "Lire", "aussi" })]
    [InlineData("Léa VandammePublicité", new[] { "Léa", "Vandamme", "Publicité" })]
    [InlineData("sur YouTube et chez McDonald", new[] { "sur", "YouTube", "et", "chez", "McDonald" })]
    [InlineData("LeBron et WhatsApp", new[] { "LeBron", "et", "WhatsApp" })]
    public void Splits_a_sentence_starter_glued_to_a_word_but_not_camel_case_names(string text, string[] expected) =>
        Tokens(French, text).Should().Equal(expected);

    [Theory]
    [InlineData("aujourd'hui", new[] { "aujourd'hui" })]
    [InlineData("aujourd’hui", new[] { "aujourd’hui" })]
    [InlineData("quelqu'un", new[] { "quelqu'un" })]
    [InlineData("si l'on veut", new[] { "si", "l'on", "veut" })]
    [InlineData("c'est-à-dire", new[] { "c'est-à-dire" })]
    [InlineData("O'Neill", new[] { "O'Neill" })]
    public void Keeps_words_with_an_inner_apostrophe_whole(string text, string[] expected) =>
        Tokens(French, text).Should().Equal(expected);

    [Theory]
    [InlineData("a-t-il dit", new[] { "a", "-t-il", "dit" })]
    [InlineData("A-t-elle répondu", new[] { "A", "-t-elle", "répondu" })]
    [InlineData("va-t-on", new[] { "va", "-t-on" })]
    [InlineData("dit-elle", new[] { "dit", "-elle" })]
    [InlineData("estiment-ils", new[] { "estiment", "-ils" })]
    [InlineData("Est-ce vrai", new[] { "Est", "-ce", "vrai" })]
    [InlineData("pouvez-vous", new[] { "pouvez", "-vous" })]
    [InlineData("donne-le-moi", new[] { "donne", "-le", "-moi" })]
    public void Splits_inverted_clitics_the_way_UD_does(string text, string[] expected) =>
        Tokens(French, text).Should().Equal(expected);

    [Theory]
    [InlineData("Jean-Pierre")]
    [InlineData("nord-coréens")]
    [InlineData("AK-12")]
    [InlineData("Saint-Pétersbourg")]
    [InlineData("peut-être")]
    [InlineData("celui-ci")]
    [InlineData("rendez-vous")]
    [InlineData("Kim Jong-il")]
    [InlineData("Marne-la-Vallée")]
    [InlineData("Sainte-Anne-d'Auray")]
    public void Keeps_hyphenated_names_whole(string text) =>
        Tokens(French, text).Should().Equal(text.Split(' '));

    [Theory]
    [InlineData("7.000 soldats", new[] { "7.000", "soldats" })]
    [InlineData("7\u00A0000 soldats", new[] { "7\u00A0000", "soldats" })]
    [InlineData("7\u202F000 soldats", new[] { "7\u202F000", "soldats" })]
    [InlineData("12 000 000 d'euros", new[] { "12 000 000", "d'", "euros" })]
    [InlineData("1,5 million", new[] { "1,5", "million" })]
    [InlineData("3.5%", new[] { "3.5", "%" })]
    [InlineData("en 2024 300 personnes", new[] { "en", "2024", "300", "personnes" })]
    [InlineData("entre 1914-1918", new[] { "entre", "1914-1918" })]
    [InlineData("le 1er mai", new[] { "le", "1er", "mai" })]
    [InlineData("une baisse de -0,8 point", new[] { "une", "baisse", "de", "-0,8", "point" })]
    public void Keeps_numbers_with_their_separators(string text, string[] expected) =>
        Tokens(French, text).Should().Equal(expected);

    [Theory]
    [InlineData("M. Dupont", new[] { "M.", "Dupont" })]
    [InlineData("Mme Martin", new[] { "Mme", "Martin" })]
    [InlineData("le Dr. House", new[] { "le", "Dr.", "House" })]
    [InlineData("des fruits, etc. Puis", new[] { "des", "fruits", ",", "etc.", "Puis" })]
    [InlineData("les U.S. et", new[] { "les", "U.S.", "et" })]
    [InlineData("en 52 av. J.-C. déjà", new[] { "en", "52", "av.", "J.-C.", "déjà" })]
    [InlineData("J. Dupont", new[] { "J.", "Dupont" })]
    [InlineData("sous Mac OS X. Une version", new[] { "sous", "Mac", "OS", "X", ".", "Une", "version" })]
    public void Keeps_the_period_of_abbreviations_and_initials(string text, string[] expected) =>
        Tokens(French, text).Should().Equal(expected);

    [Theory]
    [InlineData("«Non»", new[] { "«", "Non", "»" })]
    [InlineData("« Non »", new[] { "«", "Non", "»" })]
    [InlineData("«\u00A0Non\u00A0»", new[] { "«", "Non", "»" })]
    [InlineData("“Oui”", new[] { "“", "Oui", "”" })]
    [InlineData("„Ja“", new[] { "„", "Ja", "“" })]
    [InlineData("‹non›", new[] { "‹", "non", "›" })]
    [InlineData("\"oui\"", new[] { "\"", "oui", "\"" })]
    public void Separates_quote_marks_of_every_convention(string text, string[] expected) =>
        Tokens(French, text).Should().Equal(expected);

    [Fact]
    public void Gives_quote_marks_the_QuoteMark_kind()
    {
        Document doc = French.Extract("« Non », “oui”", Language.French);
        doc.Tokens.Where(t => t.Kind == TokenKind.QuoteMark).Should().HaveCount(4);
    }

    [Theory]
    [InlineData("Voir https://exemple.fr/a?b=1.", "https://exemple.fr/a?b=1", TokenKind.Url)]
    [InlineData("Voir www.exemple.fr.", "www.exemple.fr", TokenKind.Url)]
    [InlineData("Écrire à jean.dupont@exemple.fr.", "jean.dupont@exemple.fr", TokenKind.Email)]
    [InlineData("Le mot #climat circule", "#climat", TokenKind.Hashtag)]
    [InlineData("Selon @AFP_fr hier", "@AFP_fr", TokenKind.Mention)]
    public void Keeps_addresses_and_tags_whole(string text, string expected, TokenKind kind)
    {
        Document doc = French.Extract(text, Language.French);
        doc.Tokens.Should().Contain(t => doc.TextOf(t) == expected && t.Kind == kind);
    }

    [Theory]
    [InlineData("en Ukraine.Dans", new[] { "en", "Ukraine", ".", "Dans" })]
    [InlineData("en Ukraine.dans", new[] { "en", "Ukraine", ".", "dans" })]
    [InlineData("le site lemonde.fr publie", new[] { "le", "site", "lemonde.fr", "publie" })]
    [InlineData("»Il a dit", new[] { "»", "Il", "a", "dit" })]
    public void Separates_a_period_or_quote_glued_to_the_next_word(string text, string[] expected) =>
        Tokens(French, text).Should().Equal(expected);

    [Theory]
    [InlineData("Quoi ?!", new[] { "Quoi", "?!" })]
    [InlineData("Non !!!", new[] { "Non", "!!!" })]
    [InlineData("Attendez...", new[] { "Attendez", "..." })]
    [InlineData("Attendez…", new[] { "Attendez", "…" })]
    [InlineData("Paris -- Londres", new[] { "Paris", "--", "Londres" })]
    public void Separates_punctuation(string text, string[] expected) =>
        Tokens(French, text).Should().Equal(expected);

    [Fact]
    public void Splits_a_contraction_as_one_surface_token()
    {
        // "du" is "de le" in UD's syntactic words, but one surface token.
        Tokens(French, "le chef du gouvernement").Should().Equal("le", "chef", "du", "gouvernement");
    }

    [Theory]
    [InlineData("à 14h30 précises", new[] { "à", "14", "h", "30", "précises" })]
    [InlineData("un cratère de 160km", new[] { "un", "cratère", "de", "160", "km" })]
    [InlineData("le 24e jour", new[] { "le", "24e", "jour" })]
    [InlineData("la 2nde fois", new[] { "la", "2nde", "fois" })]
    [InlineData("le n° 12", new[] { "le", "n°", "12" })]
    [InlineData("il fait -6 °C", new[] { "il", "fait", "-6", "°C" })]
    [InlineData("un moteur 4-temps", new[] { "un", "moteur", "4-temps" })]
    public void Splits_units_from_numbers_but_keeps_ordinals(string text, string[] expected) =>
        Tokens(French, text).Should().Equal(expected);

    [Theory]
    [InlineData("ce jour-là", new[] { "ce", "jour", "-là" })]
    [InlineData("cette fois-ci", new[] { "cette", "fois", "-ci" })]
    [InlineData("celle-là", new[] { "celle-là" })]
    [InlineData("jusque-là", new[] { "jusque-là" })]
    public void Splits_ci_and_la_after_a_noun_but_not_after_a_pronoun(string text, string[] expected) =>
        Tokens(French, text).Should().Equal(expected);

    [Theory]
    [InlineData("les salarié(e)s", new[] { "les", "salarié(e)s" })]
    [InlineData("l'« instantanéité »", new[] { "l'", "«", "instantanéité", "»" })]
    [InlineData("qu'\"il vienne\"", new[] { "qu'", "\"", "il", "vienne", "\"" })]
    public void Keeps_bracketed_endings_and_elisions_before_quotes(string text, string[] expected) =>
        Tokens(French, text).Should().Equal(expected);
}
