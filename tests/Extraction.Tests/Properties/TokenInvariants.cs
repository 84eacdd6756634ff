namespace Extraction.Tests.Properties;

/// <summary>What every document must satisfy, whatever its text.</summary>
internal static class TokenInvariants
{
    public static void Check(string text, Document doc)
    {
        doc.Text.Should().BeSameAs(text);
        int previousEnd = 0;
        foreach (Token token in doc.Tokens)
        {
            if (token.Start < previousEnd || token.End <= token.Start || token.End > text.Length)
            {
                throw new InvalidOperationException($"Token {token.Span} is out of order, empty or outside the text (previous end {previousEnd}, length {text.Length}).");
            }

            for (int k = token.Start; k < token.End; k++)
            {
                if (char.IsWhiteSpace(text[k]) && !(token.Kind == TokenKind.Number && IsNumberGroupSpace(text, k)))
                {
                    throw new InvalidOperationException($"Token {token.Span} '{doc.TextOf(token)}' contains white space.");
                }
            }

            if (char.IsLowSurrogate(text[token.Start]) && token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1]))
            {
                throw new InvalidOperationException($"Token {token.Span} starts inside a surrogate pair.");
            }

            previousEnd = token.End;
        }

        int sentenceEnd = 0;
        int tokenIndex = 0;
        foreach (TextSpan sentence in doc.Sentences)
        {
            if (sentence.Start < sentenceEnd || sentence.End <= sentence.Start || sentence.End > text.Length)
            {
                throw new InvalidOperationException($"Sentence {sentence} is out of order, empty or outside the text.");
            }

            if (char.IsWhiteSpace(text[sentence.Start]) || char.IsWhiteSpace(text[sentence.End - 1]))
            {
                throw new InvalidOperationException($"Sentence {sentence} is not trimmed.");
            }

            // Every token lies in exactly one sentence, in order.
            while (tokenIndex < doc.Tokens.Length && doc.Tokens[tokenIndex].End <= sentence.End)
            {
                if (doc.Tokens[tokenIndex].Start < sentence.Start)
                {
                    throw new InvalidOperationException($"Token {doc.Tokens[tokenIndex].Span} lies outside every sentence.");
                }

                tokenIndex++;
            }

            sentenceEnd = sentence.End;
        }

        if (tokenIndex != doc.Tokens.Length)
        {
            throw new InvalidOperationException($"Token {doc.Tokens[tokenIndex].Span} is in no sentence.");
        }
    }

    private static bool IsNumberGroupSpace(string text, int k) =>
        k > 0 && k + 1 < text.Length && char.IsAsciiDigit(text[k - 1]) && char.IsAsciiDigit(text[k + 1]) && text[k] is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\u2007';
}
