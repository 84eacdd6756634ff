namespace Extraction.Models;

/// <summary>What a model file says about itself in its header.</summary>
/// <param name="Kind">The kind of model (<c>ner</c>).</param>
/// <param name="Name">The model name (<c>fr-ner</c>).</param>
/// <param name="Version">The model version (<c>2026.12.0</c>).</param>
/// <param name="Language">The ISO 639-1 code of its language.</param>
/// <param name="TrainingData">The corpora it was trained on.</param>
/// <param name="Licence">The licence of the model and what its data require (attribution).</param>
internal sealed record ModelInfo(string Kind, string Name, string Version, string Language, string TrainingData, string Licence);
