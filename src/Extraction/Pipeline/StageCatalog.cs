using Extraction.Claims;
using Extraction.Coreference;
using Extraction.Entities;
using Extraction.Models;
using Extraction.Tokenization;

namespace Extraction.Pipeline;

/// <summary>Builds the ordered stages that compute the requested layers for one language.</summary>
internal static class StageCatalog
{
    private const Layers NeedsEntities = Layers.Entities | Layers.Clusters | Layers.Claims;

    /// <summary>The stages for a language; a user's own NER model (<paramref name="resources"/>) is loaded here, eagerly.</summary>
    /// <exception cref="ModelLoadException">The user's model file is unreadable, damaged or for another language.</exception>
    public static StagePlan PlanFor(Language language, Layers layers, UserResources? resources = null)
    {
        List<IStage> stages = [new TokenizationStage(Tokenizer.For(language))];
        if ((layers & ~Layers.Tokens) != Layers.None)
        {
            stages.Add(new SentenceStage(SentenceSplitter.For(language)));
        }

        if ((layers & NeedsEntities) != Layers.None)
        {
            if (resources is not null && resources.NerModelPaths.TryGetValue(language, out string? path))
            {
                EntityTagger own = EntityTagger.Load(path);
                if (own.Info.Language != LanguageCodes.ToCode(language))
                {
                    throw new ModelLoadException($"Model '{path}' is for language '{own.Info.Language}', but ExtractorOptions.NerModelPaths gives it for {LanguageCodes.ToCode(language)}.");
                }

                stages.Add(new EntityStage(new Lazy<EntityTagger>(own)));
            }
            else if (ModelStore.HasTagger(language))
            {
                stages.Add(new EntityStage(new Lazy<EntityTagger>(() => ModelStore.Tagger(language))));
            }

            if (stages[^1] is EntityStage)
            {
                // Well-known names first, so that consistency spreads their labels to acronyms and repeats.
                stages.Add(NameListStage.Known(language));
                stages.Add(new NameConsistencyStage(language));
            }

            if (resources is not null && resources.Gazetteer.Count > 0)
            {
                stages.Add(new NameListStage(resources.Gazetteer, overridesTagger: true));
            }
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
