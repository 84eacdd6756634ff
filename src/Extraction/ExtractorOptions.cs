namespace Extraction;

/// <summary>
/// What an <see cref="Extractor"/> does. Immutable; <see cref="Extractor.Create"/> validates it once.
/// </summary>
public sealed record ExtractorOptions
{
    /// <summary>
    /// The languages texts may be in. With one language every text is read as that language; with several, the
    /// language of each text is detected among them. Default: French, English and Spanish.
    /// </summary>
    public IReadOnlyList<Language> Languages { get; init; } = [Language.French, Language.English, Language.Spanish];

    /// <summary>The layers to compute; the layers they depend on are computed too. Default: <see cref="Layers.All"/>.</summary>
    public Layers Layers { get; init; } = Layers.All;

    /// <summary>Whether <see cref="Document.Tokens"/> is kept in the result (it is large). Default: true.</summary>
    public bool IncludeTokens { get; init; } = true;

    /// <summary>
    /// How many documents <see cref="Extractor.ExtractManyAsync(IAsyncEnumerable{TextInput}, CancellationToken)"/>
    /// processes at once. Default: the number of processors.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
