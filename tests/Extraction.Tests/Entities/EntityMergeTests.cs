using Extraction.Entities;
using Extraction.Pipeline;

namespace Extraction.Tests.Entities;

public class EntityMergeTests
{
    private static Entity At(int start, int end, EntityLabel label = EntityLabel.Person) => new(new TextSpan(start, end), label);

    [Fact]
    public void Replace_removes_every_entity_a_match_overlaps_and_keeps_the_others_in_text_order()
    {
        var entities = new PooledList<Entity>(8);
        foreach (Entity entity in new[] { At(0, 5), At(10, 15), At(20, 25), At(30, 35), At(40, 45) })
        {
            entities.Add(entity);
        }

        // The first match overlaps two entities; the second one lies between two; the third only touches one's end.
        var found = new List<Entity> { At(3, 12, EntityLabel.Organization), At(16, 18, EntityLabel.Location), At(35, 38, EntityLabel.Misc) };
        EntityMerge.Replace(entities, found);

        entities.AsSpan().ToArray().Should().Equal(
            At(3, 12, EntityLabel.Organization), At(16, 18, EntityLabel.Location), At(20, 25), At(30, 35), At(35, 38, EntityLabel.Misc), At(40, 45));
        entities.Dispose();
    }

    [Fact]
    public void Replace_with_a_long_match_spanning_several_entities_removes_them_all()
    {
        var entities = new PooledList<Entity>(8);
        foreach (Entity entity in new[] { At(0, 2), At(4, 6), At(8, 10), At(12, 14) })
        {
            entities.Add(entity);
        }

        EntityMerge.Replace(entities, [At(1, 9, EntityLabel.Organization)]);

        entities.AsSpan().ToArray().Should().Equal(At(1, 9, EntityLabel.Organization), At(12, 14));
        entities.Dispose();
    }
}
