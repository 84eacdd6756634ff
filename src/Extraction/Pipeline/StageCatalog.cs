using Extraction.Claims;
using Extraction.Coreference;
using Extraction.Tokenization;

namespace Extraction.Pipeline;

/// <summary>Builds the ordered stages that compute the requested layers for one language.</summary>
internal static class StageCatalog
{
    public static StagePlan PlanFor(Language language, Layers layers, UserResources? resources = null)
    {
        List<IStage> stages = [new TokenizationStage(Tokenizer.For(language))];
        if ((layers & ~Layers.Tokens) != Layers.None)
        {
            stages.Add(new SentenceStage(SentenceSplitter.For(language)));
        }

        if ((layers & (Layers.Clusters | Layers.Claims)) != Layers.None)
        {
            AddAttribution(stages, language, layers, resources);
        }

        return StagePlan.Build(stages);
    }

    /// <summary>Coreference, then claims (which also extend the clusters with the speakers' mentions).</summary>
    private static void AddAttribution(List<IStage> stages, Language language, Layers layers, UserResources? resources)
    {
        bool entities = false;
        foreach (IStage stage in stages)
        {
            entities |= (stage.Writes & Layers.Entities) != 0;
        }

        stages.Add(new CoreferenceStage(entities));
        if ((layers & Layers.Claims) != Layers.None)
        {
            System.Collections.Frozen.FrozenSet<string> extra = resources?.ReportingVerbsFor(language) ?? System.Collections.Frozen.FrozenSet<string>.Empty;
            ReportingVerbLexicon verbs = extra.Count == 0 ? ClaimStage.DefaultVerbs(language) : ReportingVerbLexicon.Create(language, extra);
            stages.Add(new ClaimStage(language, verbs, entities));
        }
    }
}
