namespace Extraction;

/// <summary>
/// What an <see cref="Extractor"/> does. Immutable; <see cref="Extractor.Create"/> validates it once and freezes the
/// word lists it adds, so nothing changes under a running extractor.
/// </summary>
public sealed record ExtractorOptions
{
    /// <summary>
    /// The languages texts may be in. With one language every text is read as that language; with several, the
    /// language of each text is detected among them (see <see cref="Extractor.Extract(string)"/>). Default:
    /// French, English and Spanish.
    /// </summary>
    public IReadOnlyList<Language> Languages { get; init; } = [Language.French, Language.English, Language.Spanish];

    /// <summary>
    /// The layers to compute; the layers they depend on are computed too (claims need entities, which need
    /// tokens and sentences). Default: <see cref="Layers.All"/>.
    /// </summary>
    public Layers Layers { get; init; } = Layers.All;

    /// <summary>Whether <see cref="Document.Tokens"/> is kept in the result (it is large). Default: true.</summary>
    public bool IncludeTokens { get; init; } = true;

    /// <summary>
    /// How many documents <see cref="Extractor.ExtractManyAsync(IAsyncEnumerable{TextInput}, CancellationToken)"/>
    /// processes at once; about twice as many are kept in flight. Default: the number of processors.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Reporting verbs to add to the built-in lists, per language: forms as they appear in text (<c>martèle</c>,
    /// <c>tweeted</c>, <c>denunció</c>), one word each. Each language must be one of <see cref="Languages"/>.
    /// Default: none.
    /// </summary>
    public IReadOnlyDictionary<Language, IReadOnlyList<string>> ReportingVerbs { get; init; } =
        new Dictionary<Language, IReadOnlyList<string>>();

    /// <summary>
    /// Names to add to the built-in gazetteers, with their entity type; they apply to every language. A name
    /// listed twice must have the same type both times. Default: none.
    /// </summary>
    public IReadOnlyList<GazetteerEntry> GazetteerEntries { get; init; } = [];

    /// <summary>
    /// Named-entity model files to use instead of the built-in ones, per language (a file written by the
    /// project's training command). They are loaded when the extractor is created, so a missing or corrupt file
    /// fails there with a <see cref="ModelLoadException"/>. Each language must be one of <see cref="Languages"/>.
    /// Default: none (the models inside the package).
    /// </summary>
    public IReadOnlyDictionary<Language, string> NerModelPaths { get; init; } = new Dictionary<Language, string>();
}
