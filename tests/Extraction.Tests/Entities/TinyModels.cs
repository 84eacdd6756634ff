using Extraction.Entities;
using Extraction.Models;

namespace Extraction.Tests.Entities;

/// <summary>Builds small CoNLL corpora from sentences written for the tests and trains tiny models on them.</summary>
internal static class TinyModels
{
    /// <summary>News-like sentences of our own, tagged in IOB2.</summary>
    public const string Conll = """
        Emmanuel	B-PER
        Macron	I-PER
        a	O
        reçu	O
        Olaf	B-PER
        Scholz	I-PER
        à	O
        Paris	B-LOC
        .	O

        Le	O
        ministère	O
        des	O
        Armées	O
        a	O
        confirmé	O
        que	O
        la	O
        Banque	B-ORG
        de	I-ORG
        France	I-ORG
        resterait	O
        à	O
        Lyon	B-LOC
        .	O

        Les	O
        soldats	O
        ukrainiens	B-MISC
        sont	O
        entrés	O
        dans	O
        la	O
        région	O
        de	O
        Koursk	B-LOC
        ,	O
        selon	O
        Volodymyr	B-PER
        Zelensky	I-PER
        .	O

        Selon	O
        l'	O
        Agence	B-ORG
        France-Presse	I-ORG
        ,	O
        Marie	B-PER
        Dupont	I-PER
        a	O
        quitté	O
        Marseille	B-LOC
        mardi	O
        .	O

        """;

    public static string WriteCorpus(string conll)
    {
        string path = Path.Combine(Path.GetTempPath(), $"extraction-test-{Guid.NewGuid():N}.conll");
        File.WriteAllText(path, conll.ReplaceLineEndings("\n"));
        return path;
    }

    public static List<NerDocument> Documents(string conll, bool splitAtDatelines = false)
    {
        string path = WriteCorpus(conll);
        try
        {
            return NerDocument.ReadConll(path, splitAtDatelines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static EntityTagger Train(List<NerDocument> documents, int epochs = 8, int seed = 1) =>
        Train(documents, new TrainingOptions(epochs, seed, 16));

    public static EntityTagger Train(List<NerDocument> documents, TrainingOptions options)
    {
        var info = new ModelInfo(EntityTagger.Kind, "test-ner", "0.0.1", "fr", "sentences written for the tests", "MIT");
        var features = new FeatureExtractor(options.HashBits, GazetteerLexicon.For(Language.French), WordClusters.Empty);
        return PerceptronTrainer.Train(info, features, documents, null, options, _ => { });
    }

    public static int[] Tag(EntityTagger tagger, NerDocument document)
    {
        var tags = new int[document.Tokens.Length];
        tagger.TagTokens(document.Text, document.Tokens, document.SentenceStarts, tags);
        return tags;
    }
}
