using Extraction.Pipeline;

namespace Extraction.Tokenization;

/// <summary>Writes the tokens of the text.</summary>
internal sealed class TokenizationStage(Tokenizer tokenizer) : IStage
{
    public string Name => nameof(TokenizationStage);

    public Layers Reads => Layers.None;

    public Layers Writes => Layers.Tokens;

    public void Run(Annotations work, CancellationToken cancellationToken) =>
        tokenizer.Tokenize(work.Text, work.Tokens);
}
