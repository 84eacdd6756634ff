using Extraction.Tokenization;

namespace Extraction.Pipeline;

/// <summary>Builds the ordered stages that compute the requested layers for one language.</summary>
internal static class StageCatalog
{
    public static StagePlan PlanFor(Language language, Layers layers)
    {
        List<IStage> stages = [new TokenizationStage(Tokenizer.For(language))];
        if ((layers & ~Layers.Tokens) != Layers.None)
        {
            stages.Add(new SentenceStage(SentenceSplitter.For(language)));
        }

        return StagePlan.Build(stages);
    }
}
