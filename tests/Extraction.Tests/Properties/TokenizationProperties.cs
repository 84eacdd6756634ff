using CsCheck;
using Extraction.Tests.Tokenization;

namespace Extraction.Tests.Properties;

public class TokenizationProperties
{
    private const string HardCharacters =
        "aéZ .,;:!?'’«»“”„‹›\"-–—()[]@#/%€$+=_*\u00A0\u202F\u2009\u2011\u00AD\u200B0123456789\n\r\tlLdqMJUSt\uD83D\uDE00\uD800\u0301";

    private static readonly Gen<string> AnyString = Gen.String;

    private static readonly Gen<string> HardString = Gen.Char[HardCharacters].Array[0, 200].Select(chars => new string(chars));

    private static readonly Gen<string> NewsLike = Gen.OneOf(
        Gen.Const("M. Dupont a-t-il dit : « L'armée recule. » Puis "),
        Gen.Const("7 000 soldats, etc. "),
        Gen.Const("aujourd'hui jusqu’à U.S. "),
        Gen.Const("https://exemple.fr/a. "),
        Gen.Const("a@b.fr "),
        Gen.Const("¿Qué? "),
        Gen.Const("don't "),
        Gen.String[0, 6],
        HardString).Array[0, 12].Select(parts => string.Concat(parts));

    [Fact]
    public void Tokens_and_sentences_are_ordered_disjoint_trimmed_slices_of_any_string() =>
        AnyString.Sample(text => CheckAllLanguages(text), iter: 2_000);

    [Fact]
    public void Tokens_and_sentences_are_ordered_disjoint_trimmed_slices_of_hard_text() =>
        HardString.Sample(text => CheckAllLanguages(text), iter: 5_000);

    [Fact]
    public void Tokens_and_sentences_are_ordered_disjoint_trimmed_slices_of_news_like_text() =>
        NewsLike.Sample(text => CheckAllLanguages(text), iter: 5_000);

    [Fact]
    public void Results_are_the_same_on_many_threads()
    {
        string[] texts = [.. HardString.Array[50].Single()];
        string[] expected = [.. texts.Select(Describe)];
        string[] actual = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Describe(texts[i]));
        actual.Should().Equal(expected);
    }

    private static string Describe(string text)
    {
        Document doc = TokenizationTestText.French.Extract(text, Language.French);
        return string.Join('|', doc.Tokens.Select(t => $"{t.Start}-{t.End}{t.Kind}")) + "#" + string.Join('|', doc.Sentences);
    }

    private static void CheckAllLanguages(string text)
    {
        TokenInvariants.Check(text, TokenizationTestText.French.Extract(text, Language.French));
        TokenInvariants.Check(text, TokenizationTestText.English.Extract(text, Language.English));
        TokenInvariants.Check(text, TokenizationTestText.Spanish.Extract(text, Language.Spanish));
    }
}
