using Extraction.Entities;
using Extraction.Models;
using Extraction.Pipeline;
using Extraction.Tokenization;
using static Extraction.Tests.Tokenization.TokenizationTestText;

namespace Extraction.Tests.Tokenization;

/// <summary>
/// The French sentence boundary model: headings, table cells and list items run into the next sentence without a
/// final mark (leaflets, encyclopaedia pages) end a sentence; news sentences full of names do not split.
/// </summary>
public class BoundaryModelTests
{
    [Fact]
    public void French_embeds_a_boundary_model_and_the_other_languages_use_the_rules_alone()
    {
        BoundaryModel? model = BoundaryModel.Embedded(Language.French);
        model.Should().NotBeNull();
        model!.Info.Kind.Should().Be(BoundaryModel.Kind);
        model.Info.Language.Should().Be("fr");
        BoundaryModel.Embedded(Language.English).Should().BeNull();
        BoundaryModel.Embedded(Language.Spanish).Should().BeNull();
    }

    [Fact]
    public void Ends_a_heading_run_into_its_first_sentence() =>
        Sentences(French, "Précautions d'emploi Avant de prendre ce sirop, demandez conseil à votre pharmacien.")
            .Should().Equal("Précautions d'emploi", "Avant de prendre ce sirop, demandez conseil à votre pharmacien.");

    [Fact]
    public void The_rules_alone_leave_the_heading_in_the_sentence() =>
        SplitWith(null, "Précautions d'emploi Avant de prendre ce sirop, demandez conseil à votre pharmacien.")
            .Should().Equal("Précautions d'emploi Avant de prendre ce sirop, demandez conseil à votre pharmacien.");

    [Fact]
    public void Splits_a_list_of_links_before_each_dash() =>
        Sentences(French, "Voir aussi - Histoire de Nancy - Liste des maires de Nancy Liens externes - Site officiel")
            .Should().Equal("Voir aussi", "- Histoire de Nancy", "- Liste des maires de Nancy", "Liens externes", "- Site officiel");

    [Fact]
    public void Splits_the_items_of_a_list_at_semicolons_before_lower_case() =>
        Sentences(French, "Le bureau a été réélu : président : Paul Martin ; trésorière : Anne Roux ; secrétaire : Luc Petit.")
            .Should().Equal("Le bureau a été réélu : président : Paul Martin ;", "trésorière : Anne Roux ;", "secrétaire : Luc Petit.");

    [Fact]
    public void Does_not_split_news_sentences_before_names() =>
        Sentences(French, "Le ministre Jean Dupont a rencontré la présidente Marie Curie à Paris lundi avec le groupe Airbus. Les élus de Nancy ont voté le budget selon Le Monde et France Info.")
            .Should().Equal(
                "Le ministre Jean Dupont a rencontré la présidente Marie Curie à Paris lundi avec le groupe Airbus.",
                "Les élus de Nancy ont voté le budget selon Le Monde et France Info.");

    [Fact]
    public void Keeps_a_dateline_and_a_long_news_sentence_whole_where_the_lines_are_kept() =>
        Sentences(French, "Grève à la SNCF\n\nRENNES, 4 décembre (AFP) - Le trafic restait perturbé jeudi, a indiqué la direction au quotidien Ouest-France et à la radio France Bleu Armorique.\n")
            .Should().Equal(
                "Grève à la SNCF",
                "RENNES, 4 décembre (AFP) - Le trafic restait perturbé jeudi, a indiqué la direction au quotidien Ouest-France et à la radio France Bleu Armorique.");

    [Fact]
    public void A_capitalised_word_usually_written_in_lower_case_is_likelier_to_start_a_sentence_than_a_name()
    {
        BoundaryModel model = BoundaryModel.Embedded(Language.French)!;
        model.Casing.Find("flacon").Should().Be(1, "'flacon' is almost always written in lower case inside a sentence");
        model.Casing.Find("airbus").Should().Be(4, "'Airbus' is almost always capitalised");
        Score(model, "Solution pour perfusion 100 ml Flacon de verre.", "Flacon")
            .Should().BeGreaterThan(Score(model, "Solution pour perfusion 100 ml Airbus de verre.", "Airbus"));
    }

    [Fact]
    public void The_same_gap_has_other_features_with_a_line_break_near_it_than_on_one_long_line()
    {
        const string OneLine = "Notice du sirop Composition Miel et sucre.";
        const string Lines = "Notice du sirop Composition Miel et sucre.\nConservation au frais.";
        BoundaryFeatures.Count.Should().BeGreaterThan(0);
        Features(OneLine, "Composition").Should().NotEqual(Features(Lines, "Composition"));
        Features(OneLine, "Composition").Take(BoundaryFeatures.Count / 2).Should().Equal(Features(Lines, "Composition").Take(BoundaryFeatures.Count / 2), "the shared half is the same");
    }

    [Fact]
    public void Never_ends_a_sentence_after_an_article_or_a_preposition()
    {
        string text = "Un rapport de la Commission européenne sur les Jeux olympiques";
        var tokens = new PooledList<Token>();
        Tokenizer.For(Language.French).Tokenize(text, tokens);
        LanguageRules rules = LanguageRules.For(Language.French);
        for (int i = 0; i < tokens.Count - 1; i++)
        {
            string word = text[tokens[i].Start..tokens[i].End];
            if (word is "de" or "la" or "les" or "sur")
            {
                BoundaryFeatures.IsCandidate(text, tokens.AsSpan(), i, rules).Should().BeFalse("no sentence ends after '{0}'", word);
            }
        }
    }

    [Fact]
    public void Keeps_a_straight_quote_glued_to_the_final_mark_in_its_sentence() =>
        Sentences(French, "\"Nous partirons demain. Rien ne nous arrêtera.\" Le ministre a conclu ainsi.")
            .Should().Equal("\"Nous partirons demain.", "Rien ne nous arrêtera.\"", "Le ministre a conclu ainsi.");

    [Fact]
    public void A_saved_model_loads_back_with_the_same_weights_threshold_and_clusters()
    {
        BoundaryModel model = Tiny();
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        BoundaryModel loaded = BoundaryModel.Load(stream, "tiny.bin");
        loaded.Threshold.Should().Be(model.Threshold);
        loaded.Weights.ToArray().Should().Equal(model.Weights.ToArray());
        loaded.Clusters.Find("maison").Should().Be(0x1234);
        loaded.Casing.Find("flacon").Should().Be(1);
        loaded.Info.Should().Be(model.Info);
    }

    [Fact]
    public void A_model_with_a_flipped_payload_byte_is_refused()
    {
        using var stream = new MemoryStream();
        Tiny().Save(stream);
        byte[] bytes = stream.ToArray();
        bytes[^5] ^= 0x5A;
        Action load = () => BoundaryModel.Load(new MemoryStream(bytes), "flipped.bin");
        load.Should().Throw<ModelLoadException>().Which.Message.Should().Contain("flipped.bin").And.Contain("CRC-32");
    }

    [Fact]
    public void An_entity_model_is_refused_as_a_boundary_model()
    {
        using var stream = new MemoryStream();
        new BoundaryModel(new ModelInfo("ner", "fr-ner", "1", "fr", "", ""), 8, new float[256], WordClusters.Empty).Save(stream);
        stream.Position = 0;
        Action load = () => BoundaryModel.Load(stream, "ner.bin");
        load.Should().Throw<ModelLoadException>().Which.Message.Should().Contain("ner.bin").And.Contain("not a 'sentence-boundaries' model");
    }

    [Fact]
    public void Training_on_a_tiny_text_learns_its_headings()
    {
        const string Text = "Composition Miel et sucre. Conservation Flacon au frais. Posologie Cuillère le soir. Présentation Flacon de verre.";
        var tokens = new PooledList<Token>();
        Tokenizer.For(Language.French).Tokenize(Text, tokens);
        var starts = new HashSet<int> { 0 };
        foreach (string heading in new[] { "Miel", "Conservation", "Flacon au", "Posologie", "Cuillère", "Présentation", "Flacon de" })
        {
            starts.Add(Text.IndexOf(heading, StringComparison.Ordinal));
        }

        var trainer = new BoundaryTrainer(WordClusters.Empty, 12);
        trainer.Add(Language.French, Text, tokens.AsSpan(), starts);
        trainer.Boundaries.Should().BeGreaterThan(0);
        BoundaryModel model = trainer.Train(new ModelInfo(BoundaryModel.Kind, "t", "1", "fr", "", ""), 5, 1, [0f], (_, _) => 0);
        SplitWith(model, "Indications Toux sèche.").Should().Equal("Indications", "Toux sèche.");
    }

    [Fact]
    public void Bagged_training_averages_the_weights_of_one_model_per_shuffle_order()
    {
        const string Text = "Composition Miel et sucre. Conservation Flacon au frais. Posologie Cuillère le soir. Présentation Flacon de verre.";
        var tokens = new PooledList<Token>();
        Tokenizer.For(Language.French).Tokenize(Text, tokens);
        var starts = new HashSet<int> { 0, Text.IndexOf("Miel", StringComparison.Ordinal), Text.IndexOf("Cuillère", StringComparison.Ordinal) };
        var trainer = new BoundaryTrainer(WordClusters.Empty, 10);
        trainer.Add(Language.French, Text, tokens.AsSpan(), starts);
        var info = new ModelInfo(BoundaryModel.Kind, "t", "1", "fr", "", "");

        float[] first = trainer.Train(info, 1, 7, [0f], (_, _) => 0).Weights.ToArray();
        float[] second = trainer.Train(info, 1, 8, [0f], (_, _) => 0).Weights.ToArray();
        float[] bagged = trainer.Train(info, 1, 7, [0f], (_, _) => 0, bags: 2).Weights.ToArray();

        first.Should().NotEqual(second, "two shuffle orders give two models");
        for (int f = 0; f < bagged.Length; f++)
        {
            bagged[f].Should().BeApproximately((first[f] + second[f]) / 2, 1e-5f);
        }
    }

    private static BoundaryModel Tiny()
    {
        var weights = new float[256];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (i % 7) - 3;
        }

        var clusters = new WordClusters([new KeyValuePair<string, ushort>("maison", 0x1234)]);
        var casing = new WordClusters([new KeyValuePair<string, ushort>("flacon", 1)]);
        return new BoundaryModel(new ModelInfo(BoundaryModel.Kind, "fr-sentences", "1", "fr", "test", "MIT"), 8, weights, clusters, 1.5f, casing);
    }

    /// <summary>The score of the gap before the first <paramref name="next"/> (the sentence taken to start at the text start).</summary>
    private static float Score(BoundaryModel model, string text, string next)
    {
        using var tokens = new PooledList<Token>();
        Tokenizer.For(Language.French).Tokenize(text, tokens);
        return model.Score(text, tokens.AsSpan(), Before(text, tokens.AsSpan(), next), 0);
    }

    private static int[] Features(string text, string next)
    {
        using var tokens = new PooledList<Token>();
        Tokenizer.For(Language.French).Tokenize(text, tokens);
        var buckets = new int[BoundaryFeatures.Count];
        var casing = new WordClusters([new KeyValuePair<string, ushort>("composition", 1)]);
        BoundaryFeatures.Extract(text, tokens.AsSpan(), Before(text, tokens.AsSpan(), next), 0, WordClusters.Empty, casing, 16, buckets);
        return buckets;
    }

    /// <summary>The index of the token just before the first token whose text is <paramref name="next"/>.</summary>
    private static int Before(string text, ReadOnlySpan<Token> tokens, string next)
    {
        for (int i = 1; i < tokens.Length; i++)
        {
            if (text[tokens[i].Start..tokens[i].End] == next)
            {
                return i - 1;
            }
        }

        throw new ArgumentException($"'{next}' is not a token of the text.", nameof(next));
    }

    private static string[] SplitWith(IBoundaryDecider? decider, string text)
    {
        using var tokens = new PooledList<Token>();
        using var sentences = new PooledList<TextSpan>();
        Tokenizer.For(Language.French).Tokenize(text, tokens);
        SentenceSplitter.For(Language.French).Split(text, tokens.AsSpan(), sentences, decider);
        return [.. sentences.AsSpan().ToArray().Select(s => text[s.Start..s.End])];
    }
}
