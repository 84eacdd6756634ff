using Extraction.Pipeline;

namespace Extraction.Entities;

/// <summary>Merges entities found by a rule into a document's entities, keeping text order.</summary>
internal static class EntityMerge
{
    /// <summary>Adds <paramref name="found"/> (in text order, overlapping none of <paramref name="entities"/>).</summary>
    public static void Interleave(PooledList<Entity> entities, List<Entity> found)
    {
        Entity[] tagged = entities.AsSpan().ToArray();
        entities.Clear();
        int f = 0;
        foreach (Entity entity in tagged)
        {
            while (f < found.Count && found[f].Span.Start < entity.Span.Start)
            {
                entities.Add(found[f++]);
            }

            entities.Add(entity);
        }

        while (f < found.Count)
        {
            entities.Add(found[f++]);
        }
    }

    /// <summary>Adds <paramref name="found"/> (in text order) in place of the entities they overlap.</summary>
    public static void Replace(PooledList<Entity> entities, List<Entity> found)
    {
        // One pass: an entity overlaps a match iff some match starting before the entity ends also ends after it
        // starts, i.e. the furthest end among the matches that start before the entity's end lies past its start.
        int kept = 0;
        int started = 0;
        int furthestEnd = int.MinValue;
        for (int e = 0; e < entities.Count; e++)
        {
            Entity entity = entities[e];
            while (started < found.Count && found[started].Span.Start < entity.Span.End)
            {
                furthestEnd = Math.Max(furthestEnd, found[started++].Span.End);
            }

            if (furthestEnd <= entity.Span.Start)
            {
                entities[kept++] = entity;
            }
        }

        entities.Truncate(kept);
        Interleave(entities, found);
    }
}
