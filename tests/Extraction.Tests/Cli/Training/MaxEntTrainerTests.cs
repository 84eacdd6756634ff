using Extraction.Cli.Training;
using Extraction.Entities;
using Extraction.Models;
using Extraction.Tests.Entities;

namespace Extraction.Tests.Cli.Training;

public class MaxEntTrainerTests
{
    private static readonly List<NerDocument> s_documents = TinyModels.Documents(TinyModels.Conll);
    private static readonly EntityTagger s_tagger = Train(TransitionSource.Learned);

    [Fact]
    public void A_tiny_maxent_model_learns_the_sentences_it_was_trained_on()
    {
        foreach (NerDocument document in s_documents)
        {
            TinyModels.Tag(s_tagger, document).Should().Equal(document.Gold);
        }
    }

    [Fact]
    public void A_tiny_maxent_model_with_counted_transitions_learns_them_too()
    {
        EntityTagger tagger = Train(TransitionSource.Counted);
        foreach (NerDocument document in s_documents)
        {
            TinyModels.Tag(tagger, document).Should().Equal(document.Gold);
        }
    }

    [Fact]
    public void The_exported_model_saves_and_loads_with_the_same_weights_and_predictions()
    {
        using var stream = new MemoryStream();
        s_tagger.Save(stream);
        stream.Position = 0;
        EntityTagger loaded = EntityTagger.Load(stream, "memory");

        loaded.Info.Should().Be(s_tagger.Info);
        loaded.Weights.Values.ToArray().Should().Equal(s_tagger.Weights.Values.ToArray());
        loaded.Transitions.Should().Equal(s_tagger.Transitions);
        loaded.Starts.Should().Equal(s_tagger.Starts);
        foreach (NerDocument document in s_documents)
        {
            TinyModels.Tag(loaded, document).Should().Equal(TinyModels.Tag(s_tagger, document));
        }
    }

    [Fact]
    public void Training_twice_gives_the_same_weights()
    {
        EntityTagger again = Train(TransitionSource.Learned);
        again.Weights.Values.ToArray().Should().Equal(s_tagger.Weights.Values.ToArray());
        again.Transitions.Should().Equal(s_tagger.Transitions);
    }

    private static EntityTagger Train(TransitionSource transitions)
    {
        var info = new ModelInfo(EntityTagger.Kind, "test-maxent", "0.0.1", "fr", "sentences written for the tests", "MIT");
        var features = new FeatureExtractor(16, GazetteerLexicon.For(Language.French), WordClusters.Empty);
        var options = new MaxEntOptions(HashBits: 16, L1: 0, L2: 0.01f, Iterations: 40, Transitions: transitions);
        return MaxEntTrainer.Train(info, features, s_documents, null, options, _ => { });
    }
}
