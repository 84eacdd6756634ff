using Extraction.Pipeline;

namespace Extraction.Coreference;

/// <summary>
/// Groups the entity mentions of a document by name (surname → full name, spelling variants, acronyms) and writes
/// a cluster for every entity mentioned more than once, with <see cref="Entity.Cluster"/> set on its mentions.
/// The claim stage adds the speakers' descriptions and pronouns afterwards.
/// </summary>
internal sealed class CoreferenceStage : IStage
{
    public CoreferenceStage(bool readsEntities = true)
    {
        Reads = Layers.Tokens | Layers.Sentences | (readsEntities ? Layers.Entities : Layers.None);
    }

    public string Name => "CoreferenceStage";

    /// <summary>Tokens, sentences and, when the plan has an entity stage, entities.</summary>
    public Layers Reads { get; }

    public Layers Writes => Layers.Clusters;

    public void Run(Annotations work, CancellationToken cancellationToken)
    {
        ClusterSet set = FromEntities(work);
        List<EntityCluster> clusters = set.Freeze(out int[] ids);
        Apply(work, set, clusters, ids);
    }

    /// <summary>Groups the PER, ORG and LOC entity mentions.</summary>
    public static ClusterSet FromEntities(Annotations work)
    {
        var set = new ClusterSet(work.Text);
        Span<Entity> entities = work.Entities.AsSpan();
        for (int i = 0; i < entities.Length; i++)
        {
            Entity entity = entities[i];
            if (entity.Label is EntityLabel.Person or EntityLabel.Organization or EntityLabel.Location)
            {
                set.AddName(entity.Span, entity.Label, labelIsKnown: true);
            }
        }

        return set;
    }

    /// <summary>Writes the frozen clusters and points each entity mention at its cluster.</summary>
    public static void Apply(Annotations work, ClusterSet set, List<EntityCluster> clusters, int[] ids)
    {
        work.Clusters.Clear();
        work.Clusters.AddRange(clusters);
        var clusterOf = new Dictionary<TextSpan, int>();
        foreach (EntityCluster cluster in clusters)
        {
            foreach (TextSpan mention in cluster.Mentions)
            {
                clusterOf.TryAdd(mention, cluster.Id);
            }
        }

        Span<Entity> entities = work.Entities.AsSpan();
        for (int i = 0; i < entities.Length; i++)
        {
            entities[i] = entities[i] with { Cluster = clusterOf.TryGetValue(entities[i].Span, out int id) ? id : null };
        }
    }
}
