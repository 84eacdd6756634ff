using Extraction.Entities;

namespace Extraction.Tests.Entities;

public class TeamNamesTests
{
    private static List<(string Text, EntityLabel Label)> Run(Language language, string text, params Entity[] tagged) =>
        EntityContextTests.RunOn(new NameConsistencyStage(language), language, text, tagged);

    private static Entity[] Places(string text, params string[] names) =>
        [.. names.SelectMany(name => Occurrences(text, name)).OrderBy(start => start.Start).Select(span => new Entity(span, EntityLabel.Location))];

    private static IEnumerable<TextSpan> Occurrences(string text, string name)
    {
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            yield return new TextSpan(at, at + name.Length);
        }
    }

    [Fact]
    public void Countries_that_play_in_a_sports_report_are_their_teams_and_the_host_country_stays_a_place()
    {
        const string Text = "Fiji beat Samoa 31-24 in the final of the tournament on Saturday. The match was the first final played in Fiji. "
            + "Samoa coach Ioane Vaai said his squad scored two tries.";

        Run(Language.English, Text, Places(Text, "Fiji", "Samoa")).Should().Equal(
            ("Fiji", EntityLabel.Organization), ("Samoa", EntityLabel.Organization), ("Fiji", EntityLabel.Location), ("Samoa", EntityLabel.Organization));
    }

    [Fact]
    public void French_and_Spanish_opposition_words_make_a_team()
    {
        const string French = "La France s'est imposée face à l'Irlande (24-17) samedi au stade, un match de rugby où l'ouvreur a marqué deux essais.";
        Run(Language.French, French, Places(French, "France", "Irlande")).Should().Equal(
            ("France", EntityLabel.Organization), ("Irlande", EntityLabel.Organization));

        const string Spanish = "Argentina venció 2-1 a Brasil en el partido de la copa; el seleccionador elogió los goles y el árbitro fue silbado en Brasil.";
        Run(Language.Spanish, Spanish, Places(Spanish, "Argentina", "Brasil")).Should().Equal(
            ("Argentina", EntityLabel.Organization), ("Brasil", EntityLabel.Organization), ("Brasil", EntityLabel.Location));
    }

    [Fact]
    public void Without_a_score_a_story_is_no_sports_report_and_places_stay_places()
    {
        const string Text = "Fiji beat Samoa in talks on fishing quotas, the coach of the delegation said after the match of wits at the final session.";

        Run(Language.English, Text, Places(Text, "Fiji", "Samoa")).Should().Equal(("Fiji", EntityLabel.Location), ("Samoa", EntityLabel.Location));
    }

    [Fact]
    public void A_place_that_does_not_play_stays_a_place_in_a_sports_report()
    {
        const string Text = "The tournament final ended 31-24 in Suva, where the coach praised the squad and the tries of the match.";

        Run(Language.English, Text, Places(Text, "Suva")).Should().Equal(("Suva", EntityLabel.Location));
    }
}
