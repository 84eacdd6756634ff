namespace Extraction.Tests;

public class ExtractorOptionsTests
{
    [Fact]
    public void Process_is_the_same_as_Extract()
    {
        Extractor extractor = Extractor.Create(new ExtractorOptions { Languages = [Language.French] });
        const string text = "Le maire de Lyon a parlé hier soir.";
        extractor.Process(text).Tokens.Should().Equal(extractor.Extract(text).Tokens);
    }

    [Fact]
    public void Duplicate_languages_are_kept_once()
    {
        Extractor extractor = Extractor.Create(new ExtractorOptions { Languages = [Language.French, Language.French, Language.English] });
        extractor.Options.Languages.Should().Equal(Language.French, Language.English);
    }

    [Fact]
    public void Languages_are_frozen_when_the_extractor_is_created()
    {
        var languages = new List<Language> { Language.French };
        Extractor extractor = Extractor.Create(new ExtractorOptions { Languages = languages });
        languages.Add(Language.English);
        extractor.Options.Languages.Should().Equal(Language.French);
    }

    [Fact]
    public void Zero_degree_of_parallelism_is_refused()
    {
        Action act = () => Extractor.Create(new ExtractorOptions { MaxDegreeOfParallelism = 0 });
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MaxDegreeOfParallelism*");
    }

    [Fact]
    public void No_layer_is_refused()
    {
        Action act = () => Extractor.Create(new ExtractorOptions { Layers = Layers.None });
        act.Should().Throw<ArgumentException>().WithMessage("*Layers*");
    }

    [Fact]
    public void Tokens_are_dropped_when_not_wanted()
    {
        Extractor extractor = Extractor.Create(new ExtractorOptions { Languages = [Language.French], IncludeTokens = false });
        Document doc = extractor.Extract("Le maire de Lyon a parlé.");
        doc.Tokens.Should().BeEmpty();
        doc.Sentences.Should().ContainSingle();
    }

    [Fact]
    public void Reporting_verbs_for_a_language_outside_the_extractor_are_refused()
    {
        Action act = () => Extractor.Create(new ExtractorOptions
        {
            Languages = [Language.French],
            ReportingVerbs = new Dictionary<Language, IReadOnlyList<string>> { [Language.Spanish] = ["denunció"] },
        });
        act.Should().Throw<ArgumentException>().WithMessage("*ReportingVerbs*Spanish*not among*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a martelé")]
    public void Empty_or_multi_word_reporting_verbs_are_refused(string verb)
    {
        Action act = () => Extractor.Create(new ExtractorOptions
        {
            Languages = [Language.French],
            ReportingVerbs = new Dictionary<Language, IReadOnlyList<string>> { [Language.French] = [verb] },
        });
        act.Should().Throw<ArgumentException>().WithParameterName("options");
    }

    [Fact]
    public void Reporting_verbs_are_frozen_lower_case_per_language()
    {
        string[] verbs = ["Martèle", "tonne"];
        Extractor extractor = Extractor.Create(new ExtractorOptions
        {
            Languages = [Language.French, Language.English],
            ReportingVerbs = new Dictionary<Language, IReadOnlyList<string>> { [Language.French] = verbs },
        });
        verbs[1] = "changed";
        extractor.Resources.ReportingVerbsFor(Language.French).Should().BeEquivalentTo("martèle", "tonne");
        extractor.Resources.ReportingVerbsFor(Language.English).Should().BeEmpty();
    }

    [Fact]
    public void A_gazetteer_name_with_two_labels_is_refused()
    {
        Action act = () => Extractor.Create(new ExtractorOptions
        {
            GazetteerEntries = [new GazetteerEntry("Orion", EntityLabel.Organization), new GazetteerEntry("Orion", EntityLabel.Misc)],
        });
        act.Should().Throw<ArgumentException>().WithMessage("*Orion*Organization*Misc*");
    }

    [Fact]
    public void A_gazetteer_entry_with_an_unknown_label_is_refused()
    {
        Action act = () => Extractor.Create(new ExtractorOptions { GazetteerEntries = [new GazetteerEntry("Orion", (EntityLabel)42)] });
        act.Should().Throw<ArgumentException>().WithMessage("*Orion*unknown label*");
    }

    [Fact]
    public void Gazetteer_entries_are_frozen_trimmed()
    {
        Extractor extractor = Extractor.Create(new ExtractorOptions
        {
            GazetteerEntries = [new GazetteerEntry(" Banque Lémanique ", EntityLabel.Organization), new GazetteerEntry("Val-Rouge", EntityLabel.Location)],
        });
        extractor.Resources.Gazetteer.Should().HaveCount(2);
        extractor.Resources.Gazetteer["Banque Lémanique"].Should().Be(EntityLabel.Organization);
    }

    [Fact]
    public void A_missing_model_file_fails_at_creation_naming_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"no-such-model-{Guid.NewGuid():N}.bin");
        Action act = () => Extractor.Create(new ExtractorOptions
        {
            Languages = [Language.French],
            NerModelPaths = new Dictionary<Language, string> { [Language.French] = path },
        });
        act.Should().Throw<ModelLoadException>().WithMessage($"*{Path.GetFileName(path)}*does not exist*");
    }

    [Fact]
    public void A_model_file_for_a_language_outside_the_extractor_is_refused()
    {
        Action act = () => Extractor.Create(new ExtractorOptions
        {
            Languages = [Language.French],
            NerModelPaths = new Dictionary<Language, string> { [Language.English] = "en.bin" },
        });
        act.Should().Throw<ArgumentException>().WithMessage("*NerModelPaths*English*");
    }

    [Fact]
    public void Gazetteer_entries_become_entities_of_their_type_where_written()
    {
        Extractor extractor = Extractor.Create(new ExtractorOptions
        {
            Languages = [Language.English],
            GazetteerEntries = [new GazetteerEntry("Quorvex Labs", EntityLabel.Organization), new GazetteerEntry("Quorvex", EntityLabel.Misc)],
        });
        const string text = "Shares of Quorvex Labs rose on Monday. The Quorvex brand is new.";
        Document doc = extractor.Extract(text);

        doc.Entities.Select(entity => (doc.TextOf(entity.Span), entity.Label)).Should()
            .Contain(("Quorvex Labs", EntityLabel.Organization))
            .And.Contain(("Quorvex", EntityLabel.Misc))
            .And.NotContain(entity => entity.Item1 == "Labs");
    }

    [Fact]
    public void A_gazetteer_entry_replaces_the_tagger_entities_it_overlaps()
    {
        const string text = "Le ministre Jean Valmont est arrivé à Lyon hier soir.";
        Document plain = Extractor.Create(new ExtractorOptions { Languages = [Language.French] }).Extract(text);
        Document custom = Extractor.Create(new ExtractorOptions
        {
            Languages = [Language.French],
            GazetteerEntries = [new GazetteerEntry("Jean Valmont est", EntityLabel.Misc)],
        }).Extract(text);

        custom.Entities.Should().Contain(entity => custom.TextOf(entity.Span) == "Jean Valmont est" && entity.Label == EntityLabel.Misc);
        custom.Entities.Should().NotContain(entity => entity.Span.Overlaps(new TextSpan(12, 28)) && entity.Span != new TextSpan(12, 28));
        custom.Entities.Where(entity => !entity.Span.Overlaps(new TextSpan(12, 28))).Should()
            .Equal(plain.Entities.Where(entity => !entity.Span.Overlaps(new TextSpan(12, 28))));
    }

    [Fact]
    public void A_gazetteer_entry_matches_only_whole_tokens()
    {
        Extractor extractor = Extractor.Create(new ExtractorOptions
        {
            Languages = [Language.English],
            GazetteerEntries = [new GazetteerEntry("Nor", EntityLabel.Location)],
        });
        Document doc = extractor.Extract("Norway and Nordic states met. Nor was it over.");
        doc.Entities.Where(entity => entity.Label == EntityLabel.Location && doc.TextOf(entity.Span) == "Nor").Should().ContainSingle()
            .Which.Span.Start.Should().Be(30);
    }

    [Theory]
    [InlineData("La ministre Claire Vasseur a ronchonné que la réforme était prématurée.", "ronchonné")]
    [InlineData("The minister, Claire Vasseur, harrumphed that the reform was premature.", "harrumphed")]
    public void A_reporting_verb_added_by_the_caller_introduces_claims(string text, string verb)
    {
        Language language = text.StartsWith("The", StringComparison.Ordinal) ? Language.English : Language.French;
        Document plain = Extractor.Create(new ExtractorOptions { Languages = [language] }).Extract(text);
        Document custom = Extractor.Create(new ExtractorOptions
        {
            Languages = [language],
            ReportingVerbs = new Dictionary<Language, IReadOnlyList<string>> { [language] = [verb] },
        }).Extract(text);

        plain.Claims.Should().BeEmpty("the verb is not in the built-in list");
        custom.Claims.Should().ContainSingle().Which.Content.Should().Match<TextSpan>(span => custom.TextOf(span).Contains("réforme") || custom.TextOf(span).Contains("reform"));
    }
}
