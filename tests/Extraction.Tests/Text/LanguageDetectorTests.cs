using Extraction.Text;

namespace Extraction.Tests.Text;

public class LanguageDetectorTests
{
    private static readonly Extractor s_all = Extractor.Create();

    [Theory]
    [InlineData("La maire de la commune a présenté mardi son budget pour l'année prochaine, qui prévoit une hausse des dépenses sociales et une baisse des impôts locaux.", Language.French)]
    [InlineData("The city council approved the new budget on Tuesday after a long debate, and the mayor said the tax cuts would help families this winter.", Language.English)]
    [InlineData("El ayuntamiento aprobó el martes los nuevos presupuestos tras un largo debate, y la alcaldesa dijo que las rebajas fiscales ayudarán a las familias.", Language.Spanish)]
    public void News_paragraphs_are_read_in_their_language(string text, Language expected) =>
        s_all.Extract(text).Language.Should().Be(expected);

    [Theory]
    [InlineData("Grève à la SNCF.", Language.French)]
    [InlineData("Storm hits Dublin.", Language.English)]
    [InlineData("Huelga en Renfe mañana.", Language.Spanish)]
    public void Short_headlines_without_function_words_are_read_in_their_language(string text, Language expected)
    {
        LanguageGuesser.Guess(text, LanguageCodes.Supported, out bool clear);
        clear.Should().BeFalse("these headlines need the statistical detector");
        s_all.Extract(text).Language.Should().Be(expected);
    }

    [Fact]
    public void Detection_stays_among_the_allowed_languages()
    {
        Extractor frenchOrSpanish = Extractor.Create(new ExtractorOptions { Languages = [Language.French, Language.Spanish] });
        Document doc = frenchOrSpanish.Extract("The council said on Tuesday that it would vote on the plan next week.");
        doc.Language.Should().BeOneOf(Language.French, Language.Spanish);
    }

    [Fact]
    public void One_allowed_language_is_always_the_answer()
    {
        Extractor english = Extractor.Create(new ExtractorOptions { Languages = [Language.English] });
        english.Extract("Le conseil a voté le budget mardi soir.").Language.Should().Be(Language.English);
    }

    [Fact]
    public void Text_without_letters_gets_an_allowed_language()
    {
        s_all.Extract("12 345 -- 678 !!!").Language.Should().BeOneOf(LanguageCodes.Supported);
    }

    [Fact]
    public void Detection_gives_the_same_answers_on_many_threads_as_on_one()
    {
        string[] texts =
        [
            "Grève à la SNCF.", "Storm hits Dublin.", "Huelga en Renfe mañana.", "Le Sénat vote.", "Rain again.",
            "Nuevo récord.", "Fin de partie.", "Game over.", "Otra vez.", "Encore raté.",
        ];
        Language[] alone = texts.Select(text => s_all.Extract(text).Language).ToArray();
        var together = new Language[texts.Length * 20];
        Parallel.For(0, together.Length, i => together[i] = s_all.Extract(texts[i % texts.Length]).Language);
        for (int i = 0; i < together.Length; i++)
        {
            together[i].Should().Be(alone[i % texts.Length]);
        }
    }
}
