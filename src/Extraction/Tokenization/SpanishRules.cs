namespace Extraction.Tokenization;

/// <summary>
/// Spanish: a hyphen between letters separates tokens (<c>franco</c> <c>-</c> <c>alemán</c>) and the English
/// possessive <c>'s</c> is its own token, as in Universal Dependencies Spanish GSD; <c>¿</c> and <c>¡</c> are
/// punctuation tokens of their own.
/// </summary>
internal sealed class SpanishRules : LanguageRules
{
    private SpanishRules()
        : base("es")
    {
    }

    public static SpanishRules Instance { get; } = new();

    public override bool SplitsHyphen(ReadOnlySpan<char> text, int wordStart, int hyphen) => true;

    public override bool SplitsPossessive => true;

    public override ApostropheAction OnApostrophe(ReadOnlySpan<char> text, int wordStart, int apostrophe, bool simple)
    {
        int next = apostrophe + 1;
        bool possessive = next < text.Length && (text[next] == 's' || text[next] == 'S')
            && (next + 1 == text.Length || !Characters.IsWordChar(text[next + 1]));
        return possessive ? ApostropheAction.SplitBefore : ApostropheAction.Join;
    }
}
