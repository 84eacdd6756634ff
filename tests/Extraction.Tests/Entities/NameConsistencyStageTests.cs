using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Tokenization;

namespace Extraction.Tests.Entities;

public class NameConsistencyStageTests
{
    private static List<(string Text, EntityLabel Label)> Run(string text, params (string Name, EntityLabel Label)[] tagged) =>
        EntityContextTests.Run(new NameConsistencyStage(Language.French), Language.French, text, tagged);

    [Fact]
    public void A_name_tagged_once_is_tagged_where_the_model_missed_it()
    {
        const string text = "Les renseignements ukrainiens (GUR) l'affirment. Selon GUR, les troupes ont bougé.";
        Run(text, ("GUR", EntityLabel.Organization)).Should().Equal(
            ("ukrainiens", EntityLabel.Misc), ("GUR", EntityLabel.Organization), ("GUR", EntityLabel.Organization));
    }

    [Fact]
    public void A_last_name_alone_is_the_person_named_in_full()
    {
        const string text = "Volodymyr Zelensky a parlé vendredi.\n\nZelenskyDe son côté, elle a prévenu.";
        Run(text, ("Volodymyr Zelensky", EntityLabel.Person)).Should().Equal(
            ("Volodymyr Zelensky", EntityLabel.Person), ("Zelensky", EntityLabel.Person));
    }

    [Fact]
    public void A_match_that_runs_into_a_longer_capitalised_name_is_left_alone()
    {
        const string text = "Marc Lefort est arrivé. La fondation Lefort Avenir et Paul Lefort ont répondu.";
        // "Lefort" is not tagged inside either longer name; the foundation is found by its describing noun.
        Run(text, ("Marc Lefort", EntityLabel.Person)).Should().Equal(("Marc Lefort", EntityLabel.Person), ("Lefort Avenir", EntityLabel.Organization));
    }

    [Fact]
    public void A_string_tagged_with_two_labels_is_not_propagated()
    {
        const string text = "Orange a annoncé des pertes. La ville d'Orange proteste. Orange recrute.";
        int second = text.IndexOf("Orange proteste", StringComparison.Ordinal);
        EntityContextTests.RunOn(new NameConsistencyStage(Language.French), Language.French, text,
                new Entity(new TextSpan(0, 6), EntityLabel.Organization), new Entity(new TextSpan(second, second + 6), EntityLabel.Location))
            .Should().HaveCount(2);
    }

    [Fact]
    public void Lower_case_words_and_text_inside_entities_are_not_touched()
    {
        const string text = "Kursk est loin. La bataille de Kursk et le kursk du menu.";
        Run(text, ("Kursk", EntityLabel.Location), ("bataille de Kursk", EntityLabel.Misc)).Should().Equal(
            ("Kursk", EntityLabel.Location), ("bataille de Kursk", EntityLabel.Misc));
    }
}
