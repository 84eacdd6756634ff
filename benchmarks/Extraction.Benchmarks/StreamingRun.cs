using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Extraction.Benchmarks;

/// <summary>
/// The streaming proof: <c>dotnet run -c Release --project benchmarks/Extraction.Benchmarks -- stream [documents]</c>.
/// Streams news-like documents (the three samples, each made distinct) through
/// <see cref="Extractor.ExtractManyAsync(IAsyncEnumerable{TextInput}, CancellationToken)"/>, first on one core then
/// on all, and prints documents/s, CPU use and memory every tenth of the run, so growth with the count would show.
/// </summary>
/// <remarks>
/// A long run with checkpoints, not a BenchmarkDotNet benchmark: the question is whether memory stays flat over
/// 10 000 documents and whether every core is busy, which a per-operation statistic cannot show.
/// </remarks>
internal static class StreamingRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        int documents = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        string[] samples = [SampleText.FrenchNews(1), SampleText.EnglishNews(1), SampleText.SpanishNews(1)];
        Console.WriteLine($"# Streaming {documents:N0} documents ({Environment.ProcessorCount} cores, {Environment.Version}, server GC: {System.Runtime.GCSettings.IsServerGC})");

        // Warm-up: loads the models and JITs the pipeline, so both runs measure steady state.
        await RunOnceAsync(Extractor.Create(new ExtractorOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }), samples, 3_000, checkpoints: false);

        foreach (int degree in Environment.ProcessorCount == 1 ? [1] : new[] { 1, Environment.ProcessorCount })
        {
            Console.WriteLine();
            Console.WriteLine($"## MaxDegreeOfParallelism = {degree}");
            Extractor extractor = Extractor.Create(new ExtractorOptions { MaxDegreeOfParallelism = degree, IncludeTokens = false });
            await RunOnceAsync(extractor, samples, documents, checkpoints: true);
        }

        return 0;
    }

    private static async Task RunOnceAsync(Extractor extractor, string[] samples, int count, bool checkpoints)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using Process self = Process.GetCurrentProcess();
        self.Refresh();
        long peakBefore = self.PeakWorkingSet64;
        TimeSpan cpuStart = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long chars = 0, entities = 0, sentences = 0;
        int done = 0;
        int step = Math.Max(count / 10, 1);
        double lastSeconds = 0;
        TimeSpan lastCpu = cpuStart;
        if (checkpoints)
        {
            Console.WriteLine("| documents | documents/s (this tenth) | cores busy (this tenth) | GC heap MB | working set MB |");
            Console.WriteLine("|---:|---:|---:|---:|---:|");
        }

        await foreach (Document doc in extractor.ExtractManyAsync(Inputs(samples, count)))
        {
            done++;
            chars += doc.Text.Length;
            entities += doc.Entities.Length;
            sentences += doc.Sentences.Length;
            if (checkpoints && done % step == 0)
            {
                self.Refresh();
                double seconds = clock.Elapsed.TotalSeconds;
                TimeSpan cpu = self.TotalProcessorTime;
                double interval = Math.Max(seconds - lastSeconds, 1e-6);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {done:N0} | {step / interval:N0} | {(cpu - lastCpu).TotalSeconds / interval:F2} | {GC.GetGCMemoryInfo().HeapSizeBytes / 1e6:F1} | {self.WorkingSet64 / 1e6:F0} |"));
                lastSeconds = seconds;
                lastCpu = cpu;
            }
        }

        clock.Stop();
        self.Refresh();
        if (checkpoints)
        {
            double seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{done:N0} documents ({chars / 1e6:F1} M chars, {sentences:N0} sentences, {entities:N0} entities) in {seconds:F1} s: {done / seconds:N0} documents/s, {chars / seconds / 1e6:F2} M chars/s; CPU {(self.TotalProcessorTime - cpuStart).TotalSeconds / seconds:F2} cores busy on average; peak working set {Math.Max(self.PeakWorkingSet64, peakBefore) / 1e6:F0} MB (process peak, warm-up included)."));
        }
    }

    // Each document is one of the samples with its number, built when the stream asks for it: the input is never
    // held in memory, as when a service reads articles from a queue.
    private static async IAsyncEnumerable<TextInput> Inputs(string[] samples, int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i % 256 == 0)
            {
                await Task.Yield();
            }

            string id = i.ToString(CultureInfo.InvariantCulture);
            yield return new TextInput(id, string.Concat(samples[i % samples.Length], "\n\n(", id, ")"));
        }
    }
}
