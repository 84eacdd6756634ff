using CsCheck;
using System.Text;
using Extraction.Entities;
using Extraction.Models;

namespace Extraction.Tests.Entities;

public class EntityTaggerTests
{
    private static readonly List<NerDocument> s_documents = TinyModels.Documents(TinyModels.Conll);
    private static readonly EntityTagger s_tagger = TinyModels.Train(s_documents);

    [Fact]
    public void A_tiny_model_learns_the_sentences_it_was_trained_on()
    {
        foreach (NerDocument document in s_documents)
        {
            TinyModels.Tag(s_tagger, document).Should().Equal(document.Gold);
        }
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_weights()
    {
        EntityTagger again = TinyModels.Train(s_documents);
        again.Weights.Values.ToArray().Should().Equal(s_tagger.Weights.Values.ToArray());
        again.Transitions.Should().Equal(s_tagger.Transitions);
    }

    [Fact]
    public void With_dropout_and_a_margin_a_tiny_model_still_learns_its_sentences_the_same_way_every_time()
    {
        var options = new TrainingOptions(Epochs: 15, Seed: 3, HashBits: 16, Runs: 2, Dropout: 0.2, Margin: 1);
        EntityTagger tagger = TinyModels.Train(s_documents, options);
        foreach (NerDocument document in s_documents)
        {
            TinyModels.Tag(tagger, document).Should().Equal(document.Gold);
        }

        TinyModels.Train(s_documents, options).Weights.Values.ToArray().Should().Equal(tagger.Weights.Values.ToArray());
        tagger.Weights.Values.ToArray().Should().NotEqual(TinyModels.Train(s_documents, options with { Dropout = 0 }).Weights.Values.ToArray(), "dropout changes what is learned");
    }

    [Fact]
    public void With_feature_augmentation_another_domains_convention_stays_out_of_the_model()
    {
        // The other domain keeps the title inside the name; the target leaves it out (GUIDELINES section 1).
        const string Other = """
            Le	O
            Président	B-PER
            Martin	I-PER
            a	O
            parlé	O
            .	O

            Le	O
            Président	B-PER
            Durand	I-PER
            est	O
            arrivé	O
            .	O

            """;
        const string Target = """
            Le	O
            Président	O
            Martin	B-PER
            a	O
            parlé	O
            .	O

            """;
        List<NerDocument> target = TinyModels.Documents(Target);
        List<NerDocument> other = TinyModels.Documents(Other);
        other.ForEach(d => d.Domain = 1);
        List<NerDocument> training = [.. target, .. other, .. other, .. other];

        EntityTagger augmented = TinyModels.Train(training);

        TinyModels.Tag(augmented, target[0]).Should().Equal(target[0].Gold);
        other.ForEach(d => d.Domain = 0);
        EntityTagger concatenated = TinyModels.Train(training);
        TinyModels.Tag(concatenated, target[0]).Should().NotEqual(target[0].Gold, "without augmentation the larger corpus wins");
    }

    [Fact]
    public void A_saved_and_loaded_model_predicts_the_same_tags()
    {
        using var stream = new MemoryStream();
        s_tagger.Save(stream);
        stream.Position = 0;
        EntityTagger loaded = EntityTagger.Load(stream, "memory");
        loaded.Info.Should().Be(s_tagger.Info);
        foreach (NerDocument document in s_documents)
        {
            TinyModels.Tag(loaded, document).Should().Equal(TinyModels.Tag(s_tagger, document));
        }
    }

    [Fact]
    public void A_truncated_model_file_is_refused_naming_the_file_and_the_sizes()
    {
        byte[] bytes = Save(s_tagger);
        string path = Path.Combine(Path.GetTempPath(), $"truncated-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, bytes.AsSpan(0, bytes.Length - 100).ToArray());
        try
        {
            Action load = () => EntityTagger.Load(path);
            load.Should().Throw<ModelLoadException>().Which.Message.Should().Contain(path).And.Contain("truncated");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_model_cut_inside_its_header_is_refused()
    {
        byte[] bytes = Save(s_tagger);
        Action load = () => EntityTagger.Load(new MemoryStream(bytes[..20]), "cut.bin");
        load.Should().Throw<ModelLoadException>().Which.Message.Should().Contain("cut.bin").And.Contain("truncated");
    }

    [Fact]
    public void A_model_with_a_flipped_payload_byte_is_refused_by_its_checksum()
    {
        byte[] bytes = Save(s_tagger);
        bytes[^10] ^= 0x5A;
        Action load = () => EntityTagger.Load(new MemoryStream(bytes), "flipped.bin");
        load.Should().Throw<ModelLoadException>().Which.Message.Should().Contain("flipped.bin").And.Contain("CRC-32");
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        Action load = () => EntityTagger.Load(new MemoryStream(Encoding.UTF8.GetBytes("Paris\tB-LOC\n")), "corpus.conll");
        load.Should().Throw<ModelLoadException>().Which.Message.Should().Contain("corpus.conll").And.Contain("not an Extraction model");
    }

    [Fact]
    public void A_missing_model_file_is_refused_naming_it()
    {
        Action load = () => EntityTagger.Load("/no/such/model.bin");
        load.Should().Throw<ModelLoadException>().Which.Message.Should().Contain("/no/such/model.bin");
    }

    [Fact]
    public void A_model_for_an_unknown_language_is_refused()
    {
        var info = s_tagger.Info with { Language = "xx" };
        var other = new EntityTagger(info, s_tagger.Features, s_tagger.Weights, s_tagger.Transitions, s_tagger.Starts);
        Action load = () => EntityTagger.Load(new MemoryStream(Save(other)), "xx.bin");
        load.Should().Throw<ModelLoadException>().Which.Message.Should().Contain("'xx'");
    }

    [Fact]
    public void Asking_the_store_for_an_unknown_language_names_the_supported_ones()
    {
        Action act = () => ModelStore.Tagger((Language)42);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Contain("fr, en, es");
    }

    [Fact]
    public void Decoding_never_produces_an_invalid_tag_sequence() =>
        Gen.Float[-50f, 50f].Array[EntityTags.Count * 12].Sample(emissions =>
        {
            var transitions = new float[EntityTags.Count * EntityTags.Count];
            var starts = new float[EntityTags.Count];
            var path = new int[12];
            ViterbiDecoder.Decode(emissions, 12, transitions, starts, default, new float[emissions.Length], new int[emissions.Length], path);
            EntityTags.CanStart(path[0]).Should().BeTrue();
            EntityTags.CanEnd(path[^1]).Should().BeTrue();
            for (int i = 1; i < path.Length; i++)
            {
                EntityTags.CanFollow(path[i - 1], path[i]).Should().BeTrue();
            }
        });

    [Fact]
    public void The_vectorized_decoder_finds_the_best_valid_path_and_breaks_ties_as_the_scalar_one() =>
        // Zeros and ones make ties common; with nothing forced the decoder takes its vector path, with
        // "-1 everywhere" (nothing forced either) the scalar one, so both must give the same path.
        Gen.Int[0, 1].Array[(EntityTags.Count * 3) + (EntityTags.Count * EntityTags.Count) + EntityTags.Count].Sample(values =>
        {
            const int L = EntityTags.Count;
            const int N = 3;
            float[] emissions = [.. values[..(L * N)].Select(v => (float)v)];
            float[] transitions = [.. values[(L * N)..((L * N) + (L * L))].Select(v => (float)v)];
            float[] starts = [.. values[((L * N) + (L * L))..].Select(v => (float)v)];
            var vector = new int[N];
            var scalar = new int[N];
            ViterbiDecoder.Decode(emissions, N, transitions, starts, default, new float[L * N], new int[L * N], vector);
            ViterbiDecoder.Decode(emissions, N, transitions, starts, new[] { -1, -1, -1 }, new float[L * N], new int[L * N], scalar);
            vector.Should().Equal(scalar);

            float PathScore(int a, int b, int c) =>
                starts[a] + emissions[a] + transitions[(a * L) + b] + emissions[L + b] + transitions[(b * L) + c] + emissions[(2 * L) + c];

            float best = float.NegativeInfinity;
            for (int a = 0; a < L; a++)
            {
                for (int b = 0; b < L; b++)
                {
                    for (int c = 0; c < L; c++)
                    {
                        if (EntityTags.CanStart(a) && EntityTags.CanFollow(a, b) && EntityTags.CanFollow(b, c) && EntityTags.CanEnd(c))
                        {
                            best = Math.Max(best, PathScore(a, b, c));
                        }
                    }
                }
            }

            PathScore(vector[0], vector[1], vector[2]).Should().Be(best);
        }, iter: 2000);

    [Fact]
    public void Reading_iob2_gives_bilou_tags()
    {
        NerDocument document = s_documents[0];
        document.Gold.Select(EntityTags.NameOf).Should().Equal("B-PER", "L-PER", "O", "O", "B-PER", "L-PER", "O", "U-LOC", "O");
    }

    [Fact]
    public void An_extractor_given_a_damaged_model_file_fails_in_Create_naming_it()
    {
        byte[] bytes = Save(s_tagger);
        string path = Path.Combine(Path.GetTempPath(), $"damaged-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        try
        {
            Action create = () => Extractor.Create(new ExtractorOptions
            {
                Languages = [Language.French],
                NerModelPaths = new Dictionary<Language, string> { [Language.French] = path },
            });
            create.Should().Throw<ModelLoadException>().Which.Message.Should().Contain(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_extractor_uses_the_callers_own_model_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"own-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, Save(s_tagger));
        try
        {
            Extractor extractor = Extractor.Create(new ExtractorOptions
            {
                Languages = [Language.French],
                NerModelPaths = new Dictionary<Language, string> { [Language.French] = path },
            });
            Document doc = extractor.Extract("Emmanuel Macron a reçu Olaf Scholz à Paris.", Language.French);
            doc.Entities.Select(e => doc.TextOf(e.Span)).Should().Contain("Paris");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Save(EntityTagger tagger)
    {
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }
}
