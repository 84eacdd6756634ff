using Extraction.Pipeline;

namespace Extraction.Tokenization;

/// <summary>Groups tokens into sentences. One instance per language; stateless and thread-safe.</summary>
internal sealed class SentenceSplitter
{
    private SentenceSplitter(Language language)
    {
        Language = language;
    }

    public Language Language { get; }

    public static SentenceSplitter For(Language language) => new(language);

    /// <summary>Appends the sentence spans of the tokenized text to <paramref name="output"/>.</summary>
#pragma warning disable CA1822 // Placeholder until the language rules land.
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, PooledList<TextSpan> output)
    {
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            char c = text[tokens[i].Start];
            bool isEnd = tokens[i].Span.Length == 1 && (c == '.' || c == '!' || c == '?');
            if (isEnd || i == tokens.Length - 1)
            {
                output.Add(new TextSpan(tokens[first].Start, tokens[i].End));
                first = i + 1;
            }
        }
    }
}
