using Extraction.Pipeline;

namespace Extraction.Tokenization;

/// <summary>Splits text into tokens without changing it. One instance per language; stateless and thread-safe.</summary>
internal sealed class Tokenizer
{
    private Tokenizer(Language language)
    {
        Language = language;
    }

    public Language Language { get; }

    public static Tokenizer For(Language language) => new(language);

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
#pragma warning disable CA1822 // Placeholder until the language rules land.
    public void Tokenize(ReadOnlySpan<char> text, PooledList<Token> output)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                output.Add(new Token(new TextSpan(start, i), char.IsDigit(c) ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            i++;
            output.Add(new Token(new TextSpan(start, i), char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
        }
    }
}
