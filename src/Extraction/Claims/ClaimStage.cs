using Extraction.Claims.Sieves;
using Extraction.Coreference;
using Extraction.Pipeline;

namespace Extraction.Claims;

/// <summary>
/// Finds the claims of a document in two steps: ordered sieves draft each claim from a quotation, a reporting verb
/// or a marker with the speaker mention as written; then every speaker mention is resolved to an entity cluster
/// (names by name matching, descriptions and pronouns by salience and agreement).
/// </summary>
internal sealed class ClaimStage : IStage
{
    private static readonly Lazy<ReportingVerbLexicon>[] s_defaultVerbs =
    [
        new(() => ReportingVerbLexicon.Create(Language.French, [])),
        new(() => ReportingVerbLexicon.Create(Language.English, [])),
        new(() => ReportingVerbLexicon.Create(Language.Spanish, [])),
    ];

    private readonly ClaimWords _words;
    private readonly ReportingVerbLexicon _verbs;
    private readonly IClaimSieve[] _sieves;

    public ClaimStage(Language language, ReportingVerbLexicon? verbs = null, bool readsEntities = true)
    {
        Reads = Layers.Tokens | Layers.Sentences | Layers.Clusters | (readsEntities ? Layers.Entities : Layers.None);
        _words = ClaimWords.For(language);
        _verbs = verbs ?? DefaultVerbs(language);
        _sieves =
        [
            new QuoteCueSieve(),
            new HeadlineSieve(),
            new MarkerSieve(),
            new ComplementSieve(),
            new PostposedCueSieve(),
            new ObjectQuoteSieve(),
            new NextSentenceCueSieve(),
            new CuelessQuoteSieve(),
        ];
    }

    public string Name => "ClaimStage";

    /// <summary>Tokens, sentences, clusters and, when the plan has an entity stage, entities.</summary>
    public Layers Reads { get; }

    public Layers Writes => Layers.Claims | Layers.Clusters;

    /// <summary>The built-in reporting verbs of a language, built once per process.</summary>
    public static ReportingVerbLexicon DefaultVerbs(Language language) => s_defaultVerbs[(int)language].Value;

    public void Run(Annotations work, CancellationToken cancellationToken)
    {
        using var doc = new ClaimDocument(work.Text, _words, _verbs);
        foreach (IClaimSieve sieve in _sieves)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sieve.Run(doc);
        }

        ClusterSet clusters = CoreferenceStage.FromEntities(work);
        var resolver = new SpeakerResolver(doc, work, clusters);
        List<Claim> claims = resolver.Resolve(out List<EntityCluster> frozen, out int[] ids);
        CoreferenceStage.Apply(work, clusters, frozen, ids);
        work.Claims.Clear();
        work.Claims.AddRange(claims);
    }
}
