using Extraction.Pipeline;

namespace Extraction.Tokenization;

/// <summary>Writes the sentences of the tokenized text.</summary>
internal sealed class SentenceStage(SentenceSplitter splitter) : IStage
{
    public string Name => nameof(SentenceStage);

    public Layers Reads => Layers.Tokens;

    public Layers Writes => Layers.Sentences;

    public void Run(Annotations work, CancellationToken cancellationToken) =>
        splitter.Split(work.Text, work.Tokens.AsSpan(), work.Sentences);
}
