using Extraction.Pipeline;

namespace Extraction.Entities;

/// <summary>Writes the named entities of the tokenized, sentence-split text.</summary>
/// <param name="tagger">The model, resolved on first use (the embedded model loads lazily, once per process).</param>
internal sealed class EntityStage(Lazy<EntityTagger> tagger) : IStage
{
    public string Name => nameof(EntityStage);

    public Layers Reads => Layers.Tokens | Layers.Sentences;

    public Layers Writes => Layers.Entities;

    public void Run(Annotations work, CancellationToken cancellationToken) =>
        tagger.Value.Tag(work.Text, work.Tokens.AsSpan(), work.Sentences.AsSpan(), work.Entities, cancellationToken);
}
