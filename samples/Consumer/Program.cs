using Extraction;
using Microsoft.Extensions.DependencyInjection;

// A service's view of the library: one Extractor registered once, then texts streamed through it.
using ServiceProvider services = new ServiceCollection()
    .AddExtraction(new ExtractorOptions
    {
        Languages = [Language.French, Language.English, Language.Spanish], // detected per text
        IncludeTokens = false,
    })
    .BuildServiceProvider();
Extractor extractor = services.GetRequiredService<Extractor>();

// A short headline: too few function words to tell, so the language comes from the statistical models shipped in
// the package (without them the extractor would fall back to its first language, French).
Document headline = extractor.Extract("Storm hits Dublin.");
Console.WriteLine($"headline language={LanguageCodes.ToCode(headline.Language)}");

await foreach (Document doc in extractor.ExtractManyAsync(ReadAll(args)))
{
    Console.WriteLine(
        $"doc {doc.Id} language={LanguageCodes.ToCode(doc.Language)} sentences={doc.Sentences.Length} " +
        $"entities={doc.Entities.Length} claims={doc.Claims.Length}");
    foreach (Entity entity in doc.Entities.Take(3))
    {
        Console.WriteLine($"  {entity.Label} {doc.TextOf(entity.Span)}");
    }

    foreach (Claim claim in doc.Claims.Take(2))
    {
        Console.WriteLine($"  claim by {claim.SpeakerCanonical ?? "?"}: {doc.TextOf(claim.Content)}");
    }
}

static async IAsyncEnumerable<TextInput> ReadAll(string[] paths)
{
    foreach (string path in paths)
    {
        yield return new TextInput(Path.GetFileName(path), await File.ReadAllTextAsync(path));
    }
}
