namespace Extraction.Tests;

public class ThreadSafetyTests
{
    private static readonly string[] s_texts =
    [
        "« Nous ne céderons pas », a déclaré lundi la maire de Rennes, Nathalie Ferrand. Selon la préfecture, 300 personnes ont manifesté. Mme Ferrand a ajouté qu'elle recevrait les syndicats.",
        "\"We will rebuild the bridge,\" said Tom Baxter, the mayor of Hull, on Monday. According to the council, repairs will take a year. Baxter added that funding was secured.",
        "«No vamos a ceder», afirmó el lunes la alcaldesa de Bilbao, Ane Etxeberria. Según la policía, 300 personas se manifestaron. Etxeberria añadió que recibiría a los sindicatos.",
        "Grève à la SNCF.",
        "Storm hits Dublin.",
        "",
    ];

    [Fact]
    public async Task One_extractor_gives_the_same_documents_on_many_threads_as_on_one()
    {
        Extractor extractor = Extractor.Create();
        string[] alone = [.. s_texts.Select(text => DocumentJson.Serialize(extractor.Extract(text)))];

        var together = new string[s_texts.Length * 30];
        await Parallel.ForAsync(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, (i, _) =>
        {
            together[i] = DocumentJson.Serialize(extractor.Extract(s_texts[i % s_texts.Length]));
            return ValueTask.CompletedTask;
        });

        for (int i = 0; i < together.Length; i++)
        {
            together[i].Should().Be(alone[i % s_texts.Length]);
        }
    }

    [Fact]
    public async Task Streaming_gives_the_same_documents_as_one_by_one()
    {
        Extractor extractor = Extractor.Create(new ExtractorOptions { MaxDegreeOfParallelism = 3 });
        string[] alone = [.. s_texts.Select(text => DocumentJson.Serialize(extractor.Extract(text)))];

        int i = 0;
        await foreach (Document doc in extractor.ExtractManyAsync(Repeat(20)))
        {
            DocumentJson.Serialize(doc).Should().Be(alone[i % s_texts.Length]);
            i++;
        }

        i.Should().Be(s_texts.Length * 20);
    }

    private static async IAsyncEnumerable<string> Repeat(int times)
    {
        for (int i = 0; i < times * s_texts.Length; i++)
        {
            await Task.Yield();
            yield return s_texts[i % s_texts.Length];
        }
    }
}
