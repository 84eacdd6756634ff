using Extraction.Cli.Commands;
using Extraction.Cli.Evaluation;

namespace Extraction.Tests.Tokenization;

/// <summary>
/// Guards the tokenizer's figures on the Universal Dependencies development files (never the test files): a
/// change that loses accuracy fails here. The floors sit a little under the figures in docs/tokenization.md.
/// </summary>
public class TreebankScoreTests
{
    [SharedFact]
    public void French_GSD_dev_keeps_its_token_and_sentence_scores() =>
        Check("corpora/ud-fr-gsd/fr_gsd-ud-dev.conllu.gz", Language.French, tokenF1: 0.997, sentenceF1: 0.96);

    [SharedFact]
    public void French_Sequoia_dev_keeps_its_token_and_sentence_scores() =>
        Check("corpora/ud-fr-sequoia/fr_sequoia-ud-dev.conllu.gz", Language.French, tokenF1: 0.997, sentenceF1: 0.89);

    [SharedFact]
    public void Spanish_GSD_dev_keeps_its_token_and_sentence_scores() =>
        Check("corpora/ud-es-gsd/es_gsd-ud-dev.conllu.gz", Language.Spanish, tokenF1: 0.998, sentenceF1: 0.97);

    [SharedFact]
    public void English_EWT_dev_keeps_its_token_score() =>
        Check("corpora/ud-en-ewt/en_ewt-ud-dev.conllu.gz", Language.English, tokenF1: 0.993, sentenceF1: 0.82);

    private static void Check(string relative, Language language, double tokenF1, double sentenceF1)
    {
        ConlluTreebank treebank = ConlluTreebank.Load(SharedData.PathOf(relative)!);
        (SpanScore tokens, SpanScore sentences) = EvalTokenizeCommand.Score(treebank, language);
        tokens.F1.Should().BeGreaterThanOrEqualTo(tokenF1, "token F1 on {0}", relative);
        sentences.F1.Should().BeGreaterThanOrEqualTo(sentenceF1, "sentence F1 on {0}", relative);
    }
}
