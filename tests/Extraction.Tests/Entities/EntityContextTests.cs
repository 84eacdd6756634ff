using System.Collections.Frozen;
using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Tokenization;

namespace Extraction.Tests.Entities;

public class EntityContextTests
{
    /// <summary>Tokenizes <paramref name="text"/>, adds the given entities (first occurrence of each name) and runs <paramref name="stage"/>.</summary>
    internal static List<(string Text, EntityLabel Label)> Run(IStage stage, Language language, string text, params (string Name, EntityLabel Label)[] tagged)
    {
        var entities = new List<Entity>();
        foreach ((string name, EntityLabel label) in tagged.OrderBy(t => text.IndexOf(t.Name, StringComparison.Ordinal)))
        {
            int start = text.IndexOf(name, StringComparison.Ordinal);
            start.Should().BeGreaterThanOrEqualTo(0, $"'{name}' is in the text");
            entities.Add(new Entity(new TextSpan(start, start + name.Length), label));
        }

        return RunOn(stage, language, text, [.. entities]);
    }

    /// <summary>Tokenizes <paramref name="text"/>, adds the given entities (in text order) and runs <paramref name="stage"/>.</summary>
    internal static List<(string Text, EntityLabel Label)> RunOn(IStage stage, Language language, string text, params Entity[] tagged)
    {
        using var work = new Annotations(null, text, language);
        new TokenizationStage(Tokenizer.For(language)).Run(work, default);
        new SentenceStage(SentenceSplitter.For(language)).Run(work, default);
        foreach (Entity entity in tagged)
        {
            work.Entities.Add(entity);
        }

        stage.Run(work, default);
        return [.. work.Entities.AsSpan().ToArray().Select(e => (text[e.Span.Start..e.Span.End], e.Label))];
    }

    private static List<(string Text, EntityLabel Label)> French(string text, params (string Name, EntityLabel Label)[] tagged) =>
        Consistency("fr", text, tagged);

    /// <summary>Runs the consistency stage of the language <paramref name="code"/> (fr, en, es) on <paramref name="text"/>.</summary>
    private static List<(string Text, EntityLabel Label)> Consistency(string code, string text, params (string Name, EntityLabel Label)[] tagged) =>
        Run(new NameConsistencyStage(LanguageCodes.Parse(code)), LanguageCodes.Parse(code), text, tagged);

    [Fact]
    public void A_portfolio_after_a_ministers_title_is_not_an_entity() =>
        French("La ministre de l'Industrie, Sophie Lacaze, a répondu.", ("Industrie", EntityLabel.Location), ("Sophie Lacaze", EntityLabel.Person))
            .Should().Equal(("Sophie Lacaze", EntityLabel.Person));

    [Fact]
    public void A_portfolio_after_a_ministers_title_and_nationality_is_not_an_entity() =>
        French("La ministre française de la Culture a parlé.", ("Culture", EntityLabel.Organization))
            .Should().Equal(("française", EntityLabel.Misc));

    [Fact]
    public void A_well_known_body_after_a_title_stays() =>
        French("Le secrétaire général de l'ONU a parlé.", ("ONU", EntityLabel.Organization))
            .Should().Equal(("ONU", EntityLabel.Organization));

    [Fact]
    public void A_name_described_by_an_organisation_noun_is_an_organisation_everywhere_in_the_document() =>
        French("Le contrat revient à la jeune société lilloise Roulib. Roulib loue 600 engins.", ("Roulib", EntityLabel.Person))
            .Should().Equal(("lilloise", EntityLabel.Misc), ("Roulib", EntityLabel.Organization), ("Roulib", EntityLabel.Organization));

    [Fact]
    public void An_apposition_headed_by_an_organisation_noun_makes_an_organisation() =>
        Consistency("en", "Halvorsen Bulk, a Norwegian shipowner, said it would wait.", ("Halvorsen Bulk", EntityLabel.Person))
            .Should().Equal(("Halvorsen Bulk", EntityLabel.Organization), ("Norwegian", EntityLabel.Misc));

    [Theory]
    [InlineData("en", "Israelis and Palestinians met in Cairo on Friday.", "Israelis", "Palestinians")]
    [InlineData("en", "Bosnian Serb leaders and Kurds were invited.", "Bosnian Serb", "Kurds")]
    [InlineData("fr", "Les Kurdes et les Tchétchènes ont manifesté.", "Kurdes", "Tchétchènes")]
    public void A_capitalised_demonym_the_tagger_missed_is_misc(string code, string text, string first, string second) =>
        Consistency(code, text).Should().Equal((first, EntityLabel.Misc), (second, EntityLabel.Misc));

    [Theory]
    [InlineData("Finn Halvorsen said the talks would resume.")]   // a given name, not a Finn
    [InlineData("American Airlines cut fares.")]                  // the rest of a name the tagger missed
    public void A_capitalised_demonym_that_is_a_given_name_or_starts_a_name_is_left_alone(string text) =>
        Consistency("en", text).Should().BeEmpty();

    [Fact]
    public void A_people_named_with_their_place_is_two_names() =>
        French("Les Ouïghours du Xinjiang ont protesté.", ("Ouïghours du Xinjiang", EntityLabel.Location))
            .Should().Equal(("Ouïghours", EntityLabel.Misc), ("Xinjiang", EntityLabel.Location));

    [Theory]
    [InlineData("en", "Talks on the Georgia-Abkhazia border resumed.", "Georgia-Abkhazia", "Georgia", "Abkhazia")]
    [InlineData("fr", "La liaison Lyon-Marseille a repris.", "Lyon-Marseille", "Lyon", "Marseille")]
    public void Two_places_joined_by_a_hyphen_are_two_names(string code, string text, string tagged, string first, string second) =>
        Consistency(code, text, (tagged, EntityLabel.Location)).Should().Equal((first, EntityLabel.Location), (second, EntityLabel.Location));

    [Fact]
    public void A_well_known_name_run_into_a_persons_name_is_two_names() =>
        Consistency("es", "Frente Amplio Antonia Rebolledo gana en la comuna.", ("Frente Amplio Antonia Rebolledo", EntityLabel.Organization))
            .Should().Equal(("Frente Amplio", EntityLabel.Organization), ("Antonia Rebolledo", EntityLabel.Person));

    [Theory]
    [InlineData("es", "junto a la directora Laura Bastida OñateLea también: los centros.", "Laura Bastida OñateLea", "Laura Bastida Oñate")]
    [InlineData("en", "according to the FedWatch tool.", "FedWatch", "FedWatch")]
    public void A_page_word_glued_to_the_end_of_a_name_of_several_words_is_cut_off(string code, string text, string tagged, string expected) =>
        Consistency(code, text, (tagged, EntityLabel.Person)).Select(e => e.Text).Should().Contain(expected);

    [Theory]
    [InlineData("fr", "a réagi Lucie Morel sur X. Elle a ajouté")]
    [InlineData("en", "she wrote on X, before deleting the post.")]
    [InlineData("es", "escribió en X: «No vamos a ceder».")]
    public void The_social_network_x_after_a_preposition_is_an_organisation(string code, string text) =>
        Consistency(code, text).Should().Contain(("X", EntityLabel.Organization));

    [Theory]
    [InlineData("fr", "Les rayons X. Puis la suite.")]
    [InlineData("en", "Plan X is on the table.")]
    public void The_letter_x_elsewhere_is_no_name(string code, string text) =>
        Consistency(code, text).Should().NotContain(("X", EntityLabel.Organization));

    [Fact]
    public void A_well_known_name_that_ends_with_a_possessive_keeps_it() =>
        Consistency("fr", "L'agence Moody's a relevé la note.", ("Moody's", EntityLabel.Organization))
            .Should().Equal(("Moody's", EntityLabel.Organization));

    [Theory]
    [InlineData("fr", "Il devance le Colombien Julián Andrés Cárdenas de 18 secondes.", "Julián Andrés Cárdenas", "Colombien")]
    [InlineData("en", "She beat the Briton Tom Ellis in three sets.", "Tom Ellis", "Briton")]
    public void A_name_after_a_determiner_and_a_demonym_noun_is_a_person(string code, string text, string name, string demonym) =>
        Consistency(code, text, (name, EntityLabel.Organization)).Should().Equal((demonym, EntityLabel.Misc), (name, EntityLabel.Person));

    [Fact]
    public void A_demonym_noun_run_into_a_persons_name_is_split_off_an_organisation() =>
        Consistency("fr", "Derrière, le Belge Wout Ceulemans a attaqué.", ("Belge Wout Ceulemans", EntityLabel.Organization))
            .Should().Equal(("Belge", EntityLabel.Misc), ("Wout Ceulemans", EntityLabel.Person));

    [Fact]
    public void A_family_name_alone_is_the_person_the_document_names_in_full() =>
        Consistency("fr", "Cárdenas a gagné. Derrière lui, Julián Andrés Cárdenas avait attaqué.", ("Cárdenas", EntityLabel.Organization), ("Julián Andrés Cárdenas", EntityLabel.Person))
            .Should().Equal(("Cárdenas", EntityLabel.Person), ("Julián Andrés Cárdenas", EntityLabel.Person));

    [Fact]
    public void A_name_right_after_a_lower_case_function_noun_is_a_person() =>
        Consistency("en", "Burma's democracy leader Aung San Suu Kyi hit out at the government.", ("Aung San Suu Kyi", EntityLabel.Organization))
            .Should().Contain(("Aung San Suu Kyi", EntityLabel.Person));

    [Fact]
    public void A_family_name_that_is_also_a_town_is_the_person_the_story_names() =>
        Consistency("en", "The Dole campaign wrote on Friday. Bob Dole said he would win.", ("Dole", EntityLabel.Location), ("Bob Dole", EntityLabel.Person))
            .Should().Equal(("Dole", EntityLabel.Person), ("Bob Dole", EntityLabel.Person));

    [Fact]
    public void The_last_two_words_of_a_longer_persons_name_are_that_person() =>
        Consistency("en", "Suu Kyi said so. The opposition leader Aung San Suu Kyi spoke.", ("Suu Kyi", EntityLabel.Organization), ("Aung San Suu Kyi", EntityLabel.Person))
            .Should().Equal(("Suu Kyi", EntityLabel.Person), ("Aung San Suu Kyi", EntityLabel.Person));

    [Theory]
    [InlineData("en", "Voters backed the Green Party, Aontú and Independent Ireland.", "Green Party, Aontú and Independent Ireland", "Green Party", "Aontú", "Independent Ireland")]
    [InlineData("fr", "Le PS, Ecolo et le MR ont voté.", "PS, Ecolo", "PS", "Ecolo", null)]
    public void A_name_run_over_a_list_of_well_known_names_is_that_list(string code, string text, string tagged, string first, string second, string? third)
    {
        string[] expected = third is null ? [first, second] : [first, second, third];
        Consistency(code, text, (tagged, EntityLabel.Organization)).Select(e => e.Text).Should().ContainInOrder(expected);
    }

    [Fact]
    public void A_name_with_an_unknown_part_before_a_conjunction_stays_whole() =>
        Consistency("en", "The Department of Health and Social Care said so.", ("Department of Health and Social Care", EntityLabel.Organization))
            .Should().Contain(("Department of Health and Social Care", EntityLabel.Organization));

    [Fact]
    public void A_hyphenated_name_that_is_itself_a_place_stays_whole() =>
        Consistency("en", "Guinea-Bissau held elections.", ("Guinea-Bissau", EntityLabel.Location))
            .Should().Equal(("Guinea-Bissau", EntityLabel.Location));

    [Fact]
    public void A_well_known_name_keeps_the_label_the_list_gives_it() =>
        Consistency("en", "Settlers in the West Bank protested.", ("West Bank", EntityLabel.Location))
            .Should().Equal(("West Bank", EntityLabel.Location));

    [Theory]
    [InlineData("en", "Anna Berg, a bank executive, said it would wait.", "Anna Berg")]
    [InlineData("fr", "Le parti de Marine Le Pen a voté contre.", "Marine Le Pen")]
    public void A_person_next_to_an_organisation_noun_that_does_not_describe_them_stays_a_person(string code, string text, string name) =>
        Consistency(code, text, (name, EntityLabel.Person)).Should().Equal((name, EntityLabel.Person));

    [Fact]
    public void A_law_and_a_stadium_take_the_label_their_noun_gives() =>
        French("La loi Egalim s'applique au stade Francis-Le Blé.", ("Egalim", EntityLabel.Person), ("Francis-Le Blé", EntityLabel.Person))
            .Should().Equal(("Egalim", EntityLabel.Misc), ("Francis-Le Blé", EntityLabel.Location));

    [Fact]
    public void A_lower_case_descriptor_run_into_a_name_is_cut_but_a_capitalised_one_belongs_to_it() =>
        Consistency("es", "La pyme andaluza Olivos Ruiz y la Agencia Estatal de Meteorología.",
            ("pyme andaluza Olivos Ruiz", EntityLabel.Person), ("Agencia Estatal de Meteorología", EntityLabel.Organization))
            .Should().Equal(("Olivos Ruiz", EntityLabel.Organization), ("Agencia Estatal de Meteorología", EntityLabel.Organization));

    [Fact]
    public void A_capitalised_common_noun_alone_for_an_institution_is_not_an_entity() =>
        Consistency("es", "El Ayuntamiento y el Gobierno de Aragón negocian.",
            ("Ayuntamiento", EntityLabel.Organization), ("Gobierno de Aragón", EntityLabel.Organization))
            .Should().Equal(("Gobierno de Aragón", EntityLabel.Organization));

    [Fact]
    public void The_place_of_a_dateline_is_a_place() =>
        Consistency("es", "Titular del día\nZARAGOZA, 3 dic (EFE).- La huelga sigue.", ("ZARAGOZA", EntityLabel.Organization))
            .Should().Equal(("ZARAGOZA", EntityLabel.Location));

    [Fact]
    public void The_place_of_a_dateline_with_its_country_in_brackets_is_a_place() =>
        Consistency("es", "Titular del día\nTORREÓN (México), 5 mar (EFE).- La huelga sigue.",
                ("TORREÓN", EntityLabel.Organization), ("México", EntityLabel.Location))
            .Should().Equal(("TORREÓN", EntityLabel.Location), ("México", EntityLabel.Location));

    [Theory]
    [InlineData("es", "Los vecinos cortaron la avenida Insurgentes durante horas.", "Insurgentes", EntityLabel.Misc, "avenida Insurgentes")]
    [InlineData("fr", "Le cortège partira de la rue de la Roquette à midi.", "Roquette", EntityLabel.Person, "rue de la Roquette")]
    [InlineData("fr", "Le maire a défilé boulevard Voltaire samedi.", "Voltaire", EntityLabel.Person, "boulevard Voltaire")]
    public void A_street_keeps_its_lower_case_noun(string code, string text, string name, EntityLabel tagged, string expected)
    {
        Language language = LanguageCodes.Parse(code);
        Run(new NameConsistencyStage(language), language, text, (name, tagged)).Should().Equal((expected, EntityLabel.Location));
    }

    [Fact]
    public void A_missed_name_ending_with_an_organisations_ending_is_added() =>
        English("The Perth-based Tallowin Therapeutics said its trial had ended.", ("Perth", EntityLabel.Location))
            .Should().Equal(("Perth", EntityLabel.Location), ("Tallowin Therapeutics", EntityLabel.Organization));

    [Fact]
    public void A_company_whose_first_word_is_a_town_is_called_by_it_where_the_story_speaks_of_it_as_a_company()
    {
        const string text = "Anchor will buy rival Summit Logistics. Summit shareholders will receive cash, and Summit jumped 21%.";
        int full = text.IndexOf("Summit Logistics", StringComparison.Ordinal);
        int alone = text.LastIndexOf("Summit", StringComparison.Ordinal);
        RunOn(new NameConsistencyStage(Language.English), Language.English, text,
                new Entity(new TextSpan(full, full + "Summit Logistics".Length), EntityLabel.Organization),
                new Entity(new TextSpan(alone, alone + "Summit".Length), EntityLabel.Location))
            .Should().Equal(("Summit Logistics", EntityLabel.Organization), ("Summit", EntityLabel.Organization), ("Summit", EntityLabel.Organization));
    }

    [Fact]
    public void A_town_that_begins_a_companys_name_stays_a_town_without_company_words() =>
        English("Reading Logistics opened a depot. Flooding hit Reading on Monday.", ("Reading Logistics", EntityLabel.Organization), ("Reading", EntityLabel.Location))
            .Should().Contain(("Reading", EntityLabel.Location));

    [Theory]
    [InlineData("Tallowin Therapeutics raised less money in Perth this year.")]     // the sentence's first word
    [InlineData("Shares in the Group fell in Perth.")]                                  // no name before the ending
    public void No_name_is_made_of_an_ending_alone_or_of_a_sentence_opener(string text) =>
        English(text, ("Perth", EntityLabel.Location)).Should().Equal(("Perth", EntityLabel.Location));

    [Theory]
    [InlineData("Los vecinos bajaron a la presa La Boca para ver el nivel.", "La Boca", EntityLabel.Person, EntityLabel.Location)]
    [InlineData("La siderúrgica Acerinox reducirá su producción.", "Acerinox", EntityLabel.Misc, EntityLabel.Organization)]
    public void A_spanish_noun_before_a_name_gives_its_label(string text, string name, EntityLabel tagged, EntityLabel expected) =>
        Consistency("es", text, (name, tagged)).Should().Equal((name, expected));

    [Fact]
    public void Instead_of_is_no_street() =>
        Consistency("fr", "Il a parlé à la place de Martine Lebrun, absente.", ("Martine Lebrun", EntityLabel.Person))
            .Should().Equal(("Martine Lebrun", EntityLabel.Person));

    private static List<(string Text, EntityLabel Label)> English(string text, params (string Name, EntityLabel Label)[] tagged) =>
        Consistency("en", text, tagged);

    [Fact]
    public void Two_names_joined_by_a_hyphen_are_one_and_titles_and_possessives_stay_out() =>
        English("Technology Secretary Hamid Qureshi met Mrs Justice Amanda O'Neill-Hart at Kestrel's office.",
            ("Secretary Hamid Qureshi", EntityLabel.Person), ("Amanda O'Neill", EntityLabel.Person), ("Hart", EntityLabel.Location), ("Kestrel's", EntityLabel.Organization))
            .Should().Equal(("Hamid Qureshi", EntityLabel.Person), ("Amanda O'Neill-Hart", EntityLabel.Person), ("Kestrel", EntityLabel.Organization));

    [Fact]
    public void An_organisation_headed_by_its_kind_runs_over_a_coordination_of_capitalised_words() =>
        English("The Department for Science, Innovation and Technology and the Department of Health and Social Care agreed with Google and Apple.",
            ("Department for Science", EntityLabel.Organization), ("Department of Health", EntityLabel.Organization), ("Google", EntityLabel.Organization), ("Apple", EntityLabel.Organization))
            .Should().Equal(("Department for Science, Innovation and Technology", EntityLabel.Organization), ("Department of Health and Social Care", EntityLabel.Organization),
                ("Google", EntityLabel.Organization), ("Apple", EntityLabel.Organization));

    [Fact]
    public void A_long_name_runs_to_the_acronym_that_spells_it() =>
        French("La Fédération du commerce et de la distribution (FCD) proteste.", ("Fédération du commerce", EntityLabel.Organization))
            .Should().Equal(("Fédération du commerce et de la distribution", EntityLabel.Organization), ("FCD", EntityLabel.Organization));

    [Fact]
    public void A_name_runs_back_to_the_first_word_its_acronym_spells() =>
        Consistency("es", "Según el Operador del Mercado Ibérico de Energía (OMIE), sube.", ("Mercado Ibérico de Energía", EntityLabel.Organization))
            .Should().Equal(("Operador del Mercado Ibérico de Energía", EntityLabel.Organization), ("OMIE", EntityLabel.Organization));

    [Fact]
    public void A_law_runs_over_its_coordinated_title_and_a_month_is_no_entity() =>
        Consistency("es", "MADRID, 4 Dic. La Ley de Cambio Climático y Transición Energética fija objetivos.",
            ("Dic", EntityLabel.Person), ("Ley de Cambio Climático", EntityLabel.Organization))
            .Should().Equal(("Ley de Cambio Climático y Transición Energética", EntityLabel.Misc));

    [Fact]
    public void A_quoted_title_after_a_noun_of_works_is_one_misc_name_but_quoted_speech_is_not() =>
        French("L'Assemblée adopte la loi « Toits solaires ». Le tableau phare, « Soir d'été à Skagen », est prêté. Il a dit « Nous partons demain. »",
            ("Toits", EntityLabel.Organization), ("Skagen", EntityLabel.Location))
            .Should().Equal(("Toits solaires", EntityLabel.Misc), ("Soir d'été à Skagen", EntityLabel.Misc));

    [Fact]
    public void An_organisation_of_a_place_is_one_and_a_name_after_an_honorific_is_a_person() =>
        French("Le président de l'Union maritime et fluviale de Marseille-Fos a reçu M. de Saint-Aubin.",
            ("Union maritime", EntityLabel.Organization), ("Marseille-Fos", EntityLabel.Location), ("Saint-Aubin", EntityLabel.Location))
            .Should().Equal(("Union maritime et fluviale de Marseille-Fos", EntityLabel.Organization), ("de Saint-Aubin", EntityLabel.Person));

    [Fact]
    public void An_acronym_in_brackets_takes_the_label_of_the_name_it_abbreviates() =>
        French("L'Association des maires de France (AMF) proteste.", ("Association des maires de France", EntityLabel.Organization))
            .Should().Equal(("Association des maires de France", EntityLabel.Organization), ("AMF", EntityLabel.Organization));

    [Fact]
    public void An_agency_credit_after_a_dateline_place_is_not_its_acronym() =>
        French("KIEV (AFP) - Les frappes ont repris.", ("KIEV", EntityLabel.Location), ("AFP", EntityLabel.Organization))
            .Should().Equal(("KIEV", EntityLabel.Location), ("AFP", EntityLabel.Organization));

    [Fact]
    public void A_preposition_that_starts_the_sentence_is_not_part_of_the_name() =>
        Consistency("es", "Según Etxeberria de Zabala, la mitad llegó.", ("Según Etxeberria de Zabala", EntityLabel.Person))
            .Should().Equal(("Etxeberria de Zabala", EntityLabel.Person));

    [Fact]
    public void An_article_that_belongs_to_the_name_stays() =>
        French("Le Monde a révélé l'affaire.", ("Le Monde", EntityLabel.Organization))
            .Should().Equal(("Le Monde", EntityLabel.Organization));

    [Fact]
    public void Well_known_names_get_their_label_but_give_way_to_a_longer_tagged_name()
    {
        var names = new Dictionary<string, EntityLabel> { ["Ouest-France"] = EntityLabel.Organization, ["Crédit Agricole"] = EntityLabel.Organization }.ToFrozenDictionary();
        var stage = new NameListStage(names, overridesTagger: false);
        Run(stage, Language.French, "Selon Ouest-France, le Crédit Agricole du Finistère prête.", ("Ouest-France", EntityLabel.Location), ("Crédit Agricole du Finistère", EntityLabel.Organization))
            .Should().Equal(("Ouest-France", EntityLabel.Organization), ("Crédit Agricole du Finistère", EntityLabel.Organization));
    }

    [Fact]
    public void A_well_known_name_is_found_in_its_english_possessive_unless_the_name_ends_so()
    {
        var names = new Dictionary<string, EntityLabel> { ["Streamly"] = EntityLabel.Organization, ["Hardy's"] = EntityLabel.Organization }.ToFrozenDictionary();
        var stage = new NameListStage(names, overridesTagger: false);
        Run(stage, Language.English, "Streamly's new thriller beat Hardy's bakery film and Streamly’s own drama.", ("Streamly's", EntityLabel.Location))
            .Should().Equal(("Streamly", EntityLabel.Organization), ("Hardy's", EntityLabel.Organization), ("Streamly", EntityLabel.Organization));
    }

    [Fact]
    public void A_well_known_name_that_is_also_an_ordinary_word_does_not_match_at_a_sentence_start()
    {
        var names = new Dictionary<string, EntityLabel> { ["Renaissance"] = EntityLabel.Organization }.ToFrozenDictionary();
        var stage = new NameListStage(names, overridesTagger: false, new[] { "Renaissance" }.ToFrozenSet());
        Run(stage, Language.French, "Renaissance des centres-villes : le député (Renaissance) approuve.")
            .Should().Equal(("Renaissance", EntityLabel.Organization));
    }

    [Fact]
    public void The_shipped_lists_load_for_every_language()
    {
        NameListStage.Known(Language.French).Contains("Ouest-France").Should().BeTrue();
        NameListStage.Known(Language.Spanish).Contains("PSOE").Should().BeTrue();
        NameListStage.Known(Language.English).Contains("World Food Programme").Should().BeTrue();
        EntityContext.For(Language.English).Should().NotBeNull();
    }

    [Theory]
    [InlineData("es", "Lo contó a Radio Bío-Bío el martes.", "Radio Bío-Bío", EntityLabel.Person, EntityLabel.Organization)]
    [InlineData("fr", "Le club joue en Ligue 1 cette saison.", "Ligue 1", EntityLabel.Misc, EntityLabel.Misc)]
    [InlineData("en", "Shares of Pacific Coastal Holdings rose 6%.", "Pacific Coastal Holdings", EntityLabel.Location, EntityLabel.Organization)]
    [InlineData("es", "La Ley de Incendios Forestales espera su votación.", "Ley de Incendios Forestales", EntityLabel.Organization, EntityLabel.Misc)]
    [InlineData("es", "En Quilpué, la alcaldesa Carmen del Río se mostró preocupada.", "Carmen del Río", EntityLabel.Misc, EntityLabel.Person)]
    [InlineData("en", "The Vancouver-based carrier agreed.", "Vancouver", EntityLabel.Organization, EntityLabel.Location)]
    [InlineData("en", "The union would ask Ottawa to attach conditions.", "Ottawa", EntityLabel.Organization, EntityLabel.Location)]
    [InlineData("fr", "Orange a annoncé des résultats.", "Orange", EntityLabel.Organization, EntityLabel.Organization)]
    [InlineData("fr", "Le groupe a racheté Vernier.", "Vernier", EntityLabel.Person, EntityLabel.Person)]
    [InlineData("es", "Los aviones llegarán al aeródromo de Rodelillo el jueves.", "Rodelillo", EntityLabel.Person, EntityLabel.Location)]
    [InlineData("fr", "Le plan de Bercy prévoit des économies.", "Bercy", EntityLabel.Location, EntityLabel.Location)]
    [InlineData("es", "Una marcha hacia la Plaza de Mayo.", "Plaza de Mayo", EntityLabel.Misc, EntityLabel.Location)]
    [InlineData("en", "Analysts at Piper Sandler said the case could cost more.", "Piper Sandler", EntityLabel.Person, EntityLabel.Organization)]
    [InlineData("en", "Punctuality fell. Manchester's mayor said commuters were angry.", "Manchester", EntityLabel.Organization, EntityLabel.Location)]
    [InlineData("en", "He spoke in Parliament House on Monday.", "Parliament House", EntityLabel.Location, EntityLabel.Location)]
    [InlineData("en", "It was a proud day for Canadian research, she said.", "Canadian", EntityLabel.Location, EntityLabel.Misc)]
    [InlineData("fr", "Les Ukrainiens ont reçu des renforts.", "Ukrainiens", EntityLabel.Location, EntityLabel.Misc)]
    public void A_names_own_words_and_the_noun_before_it_give_its_label(string code, string text, string name, EntityLabel tagged, EntityLabel expected)
    {
        Language language = LanguageCodes.Parse(code);
        Run(new NameConsistencyStage(language), language, text, (name, tagged)).Should().Equal((name, expected));
    }

    [Fact]
    public void A_described_name_the_tagger_already_got_right_still_sets_the_label_of_its_other_mentions()
    {
        const string text = "La start-up nantaise Kerlys lève des fonds. La région a soutenu Kerlys dès 2021.";
        int first = text.IndexOf("Kerlys", StringComparison.Ordinal);
        int second = text.LastIndexOf("Kerlys", StringComparison.Ordinal);
        RunOn(new NameConsistencyStage(Language.French), Language.French, text,
                new Entity(new TextSpan(first, first + 6), EntityLabel.Organization), new Entity(new TextSpan(second, second + 6), EntityLabel.Person))
            .Select(e => e.Label).Should().Equal(EntityLabel.Misc, EntityLabel.Organization, EntityLabel.Organization);   // nantaise, Kerlys, Kerlys
    }

    [Fact]
    public void A_name_running_over_a_places_possessive_is_split_into_the_place_and_the_organisation() =>
        Consistency("en", "The firm signed a deal with Norway's Ministry of Fisheries on Friday.",
                ("Norway's Ministry of Fisheries", EntityLabel.Organization))
            .Should().Equal(("Norway", EntityLabel.Location), ("Ministry of Fisheries", EntityLabel.Organization));

    [Fact]
    public void A_possessive_that_is_not_a_places_stays_inside_the_name() =>
        Consistency("en", "He joined Hannigan's Freight Services in 2019.",
                ("Hannigan's Freight Services", EntityLabel.Organization))
            .Should().Equal(("Hannigan's Freight Services", EntityLabel.Organization));

    [Fact]
    public void A_name_running_over_a_companys_possessive_is_split_into_the_company_and_what_it_owns() =>
        Consistency("en", "Workers at Harlow Mining's Kasempa pit walked out on Monday.",
                ("Harlow Mining's Kasempa", EntityLabel.Location))
            .Should().Equal(("Harlow Mining", EntityLabel.Organization), ("Kasempa", EntityLabel.Location));

    [Fact]
    public void A_law_with_its_jurisdiction_in_brackets_is_one_name() =>
        Consistency("en", "Councils must publish the results under the Local Government and Elections (Wales) Act 2021, officials said.",
                ("Local Government and Elections", EntityLabel.Organization), ("Wales) Act 2021", EntityLabel.Misc))
            .Should().Equal(("Local Government and Elections (Wales) Act 2021", EntityLabel.Misc));

    [Fact]
    public void Brackets_that_do_not_hold_part_of_a_law_name_change_nothing() =>
        Consistency("en", "The Senedd (the Welsh Parliament) passed the act in 2021.",
                ("Senedd", EntityLabel.Organization), ("Welsh Parliament", EntityLabel.Organization))
            .Should().Equal(("Senedd", EntityLabel.Organization), ("Welsh Parliament", EntityLabel.Organization));

    [Fact]
    public void A_kind_of_business_that_starts_an_english_sentence_is_not_part_of_the_name() =>
        English("LONDON (Reuters) - Drugmaker Halden Biologics said on Monday it would cut prices. Network Rail said the line was closed.",
                ("Drugmaker Halden Biologics", EntityLabel.Organization), ("Network Rail", EntityLabel.Organization))
            .Should().Equal(("Halden Biologics", EntityLabel.Organization), ("Network Rail", EntityLabel.Organization));

    [Fact]
    public void A_wire_headlines_sport_slug_is_not_part_of_the_name() =>
        English("Cricket-Sri Lanka regain the trophy\n\nSoccer-Arsenal sign a Brazilian forward",
                ("Cricket-Sri Lanka", EntityLabel.Location), ("Soccer-Arsenal", EntityLabel.Person), ("Brazilian", EntityLabel.Misc))
            .Should().Equal(("Sri Lanka", EntityLabel.Location), ("Arsenal", EntityLabel.Person), ("Brazilian", EntityLabel.Misc));

    [Fact]
    public void A_one_letter_name_that_ends_its_sentence_leaves_the_full_stop_out() =>
        French("Elle a réagi sur X. Le maire a répondu.", ("X.", EntityLabel.Organization))
            .Should().Equal(("X", EntityLabel.Organization));

    [Fact]
    public void A_company_named_with_its_trade_is_then_the_company_by_its_first_word() =>
        English("Halden Therapeutics sued the agency. A judge sided with Halden on Friday, and English regulators agreed.",
                ("Halden Therapeutics", EntityLabel.Organization), ("English", EntityLabel.Misc))
            .Should().Equal(("Halden Therapeutics", EntityLabel.Organization), ("Halden", EntityLabel.Organization), ("English", EntityLabel.Misc));

    [Fact]
    public void A_first_word_the_story_also_writes_in_lower_case_is_no_short_name() =>
        English("Summit Logistics won the contract. The summit of the hill is closed; Summit said nothing.",
                ("Summit Logistics", EntityLabel.Organization))
            .Should().Equal(("Summit Logistics", EntityLabel.Organization));

    [Fact]
    public void Country_initials_right_before_an_organisation_belong_to_it() =>
        Consistency("en", "The U.S. Federal Aviation Administration grounded the jets.",
                ("U.S.", EntityLabel.Location), ("Federal Aviation Administration", EntityLabel.Organization))
            .Should().Equal(("U.S. Federal Aviation Administration", EntityLabel.Organization));

    [Fact]
    public void A_capitalised_short_form_in_brackets_after_an_organisation_is_that_organisation() =>
        Consistency("es", "Lo confirmó la Corporación Nacional Forestal (Conaf) el lunes.",
                ("Corporación Nacional Forestal", EntityLabel.Organization))
            .Should().Equal(("Corporación Nacional Forestal", EntityLabel.Organization), ("Conaf", EntityLabel.Organization));

    [Theory]
    [InlineData("Conaf", "Corporación Nacional Forestal", true)]
    [InlineData("SIAL", "Salon international de l'alimentation", true)]
    [InlineData("Forestal", "Corporación Nacional Forestal", false)]    // not the name's first letter
    [InlineData("Cor", "Corporación Nacional Forestal", false)]         // too short to read as syllables
    [InlineData("Cabrera", "Corporación Nacional Forestal", false)]     // letters not in the name in order
    public void A_short_form_abbreviates_a_name_when_its_letters_follow_the_name(string shortForm, string name, bool expected) =>
        NameConsistencyStage.Abbreviates(shortForm, name).Should().Be(expected);

    [Fact]
    public void An_article_before_an_organisation_noun_is_not_part_of_the_name() =>
        Consistency("es", "La Unión Industrial Argentina alertó de la caída.", ("La Unión Industrial Argentina", EntityLabel.Location))
            .Should().Equal(("Unión Industrial Argentina", EntityLabel.Organization));

    [Fact]
    public void A_person_made_of_a_portfolio_and_a_title_is_no_name() =>
        Consistency("en", "The Transport Secretary, Olumide Grant, urged talks.",
                ("Transport Secretary", EntityLabel.Person), ("Olumide Grant", EntityLabel.Person))
            .Should().Equal(("Olumide Grant", EntityLabel.Person));

    [Fact]
    public void A_place_name_coordinated_with_a_place_is_a_place() =>
        Consistency("es", "En Córdoba y Rosario, los comerciantes protestan.",
                ("Córdoba", EntityLabel.Location), ("Rosario", EntityLabel.Person))
            .Should().Equal(("Córdoba", EntityLabel.Location), ("Rosario", EntityLabel.Location));

    [Fact]
    public void A_name_the_tagger_missed_after_an_organisation_noun_is_found_and_labels_its_other_mentions()
    {
        const string text = "FTC sues smart-lock maker Brightwell over fees. Shares of Brightwell fell.";
        int second = text.LastIndexOf("Brightwell", StringComparison.Ordinal);
        RunOn(new NameConsistencyStage(Language.English), Language.English, text, new Entity(new TextSpan(second, second + 10), EntityLabel.Person))
            .Should().Equal(("Brightwell", EntityLabel.Organization), ("Brightwell", EntityLabel.Organization));
    }

    [Theory]
    [InlineData("fr", "Les agriculteurs gardois et les éleveurs lozériens protestent.", "gardois", "lozériens")]
    [InlineData("es", "Los turistas cubanos y las empresas mexicanas llegaron.", "cubanos", "mexicanas")]
    [InlineData("fr", "Les vignerons vaudois et les éleveurs jurassiens protestent.", "vaudois", "jurassiens")]
    [InlineData("es", "Los mineros jujeños y las comunidades kollas marcharon.", "jujeños", "kollas")]
    public void A_lower_case_demonym_of_the_lists_is_a_name_even_when_the_tagger_left_it(string code, string text, string one, string other)
    {
        Language language = LanguageCodes.Parse(code);
        Run(new NameConsistencyStage(language), language, text).Should().Equal((one, EntityLabel.Misc), (other, EntityLabel.Misc));
    }

    [Fact]
    public void A_heading_on_the_line_after_an_organisation_noun_is_not_its_name() =>
        Consistency("fr", "Le contrat revient à la société\n\nMarché Couvert rouvre ses portes.")
            .Should().BeEmpty();

    [Fact]
    public void Letters_after_a_persons_name_are_not_part_of_it() =>
        Consistency("en", "Their barrister, Nadia Okafor-Lyle KC, said the ruling was wrong.",
                ("Nadia Okafor-Lyle KC", EntityLabel.Person))
            .Should().Equal(("Nadia Okafor-Lyle", EntityLabel.Person));

    [Fact]
    public void An_english_name_does_not_begin_with_the_indefinite_article() =>
        Consistency("en", "A Crown Court jury was discharged on Monday.", ("A Crown Court", EntityLabel.Organization))
            .Should().Equal(("Crown Court", EntityLabel.Organization));

    [Fact]
    public void A_nationality_noun_before_a_persons_name_is_a_name_of_its_own() =>
        French("Le Norvégien Sindre Aasland a gagné l'étape.", ("Norvégien Sindre Aasland", EntityLabel.Misc))
            .Should().Equal(("Norvégien", EntityLabel.Misc), ("Sindre Aasland", EntityLabel.Person));

    [Fact]
    public void An_english_event_that_begins_with_a_nationality_stays_whole() =>
        Consistency("en", "She reached the final of the French Open Trophy last year.",
                ("French Open Trophy", EntityLabel.Misc))
            .Should().Equal(("French Open Trophy", EntityLabel.Misc));

    [Fact]
    public void A_person_whose_first_name_is_also_a_city_is_a_person() =>
        Consistency("es", "El gerente, Santiago del Castillo Ferreira, habló ayer.",
                ("Santiago del Castillo Ferreira", EntityLabel.Location))
            .Should().Equal(("Santiago del Castillo Ferreira", EntityLabel.Person));

    [Fact]
    public void A_known_place_that_begins_with_a_first_name_stays_a_place() =>
        Consistency("es", "Los vuelos a Santiago de Chile se retrasaron.", ("Santiago de Chile", EntityLabel.Location))
            .Should().Equal(("Santiago de Chile", EntityLabel.Location));

    [Theory]
    [InlineData("es", "El huracán Berenice tocó tierra. Berenice dejó lluvias.", "Berenice")]
    [InlineData("fr", "L'ouragan Berenice a touché terre. Berenice a fait des dégâts.", "Berenice")]
    public void A_storm_named_after_a_storm_noun_is_misc_wherever_it_is_named(string code, string text, string name)
    {
        Language language = LanguageCodes.Parse(code);
        int first = text.IndexOf(name, StringComparison.Ordinal);
        int second = text.LastIndexOf(name, StringComparison.Ordinal);
        RunOn(new NameConsistencyStage(language), language, text,
                new Entity(new TextSpan(first, first + name.Length), EntityLabel.Person), new Entity(new TextSpan(second, second + name.Length), EntityLabel.Person))
            .Should().Equal((name, EntityLabel.Misc), (name, EntityLabel.Misc));
    }

    [Fact]
    public void A_ministry_runs_over_the_portfolios_the_tagger_cut_out_of_it() =>
        Consistency("en",
                "The Department for Energy, Water and Rural Affairs said the plan was ready.",
                ("Department for Energy", EntityLabel.Organization), ("Water", EntityLabel.Location), ("Rural Affairs", EntityLabel.Organization))
            .Should().Equal(("Department for Energy, Water and Rural Affairs", EntityLabel.Organization));

    [Fact]
    public void A_spanish_ministry_runs_over_its_second_portfolio() =>
        Consistency("es", "El Ministerio de Minería y Desarrollo Productivo publicó el informe.",
                ("Ministerio de Minería", EntityLabel.Organization), ("Desarrollo Productivo", EntityLabel.Organization))
            .Should().Equal(("Ministerio de Minería y Desarrollo Productivo", EntityLabel.Organization));

    [Fact]
    public void A_ministry_listed_with_people_stays_apart_from_them() =>
        Consistency("en", "The Department of Health, Maria Olsen and Tom Reid met on Friday.",
                ("Department of Health", EntityLabel.Organization), ("Maria Olsen", EntityLabel.Person), ("Tom Reid", EntityLabel.Person))
            .Should().Equal(("Department of Health", EntityLabel.Organization), ("Maria Olsen", EntityLabel.Person), ("Tom Reid", EntityLabel.Person));
}
