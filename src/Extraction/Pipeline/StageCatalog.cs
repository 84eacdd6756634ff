using Extraction.Entities;
using Extraction.Models;
using Extraction.Tokenization;

namespace Extraction.Pipeline;

/// <summary>Builds the ordered stages that compute the requested layers for one language.</summary>
internal static class StageCatalog
{
    private const Layers NeedsEntities = Layers.Entities | Layers.Clusters | Layers.Claims;

    public static StagePlan PlanFor(Language language, Layers layers)
    {
        List<IStage> stages = [new TokenizationStage(Tokenizer.For(language))];
        if ((layers & ~Layers.Tokens) != Layers.None)
        {
            stages.Add(new SentenceStage(SentenceSplitter.For(language)));
        }

        if ((layers & NeedsEntities) != Layers.None && ModelStore.HasTagger(language))
        {
            stages.Add(new EntityStage(new Lazy<EntityTagger>(() => ModelStore.Tagger(language))));
        }

        return StagePlan.Build(stages);
    }
}
