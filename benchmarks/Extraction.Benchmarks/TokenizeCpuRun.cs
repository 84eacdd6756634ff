using System.Diagnostics;
using System.Globalization;

namespace Extraction.Benchmarks;

/// <summary>
/// Tokenizing and splitting speed measured in processor time:
/// <c>dotnet run -c Release --project benchmarks/Extraction.Benchmarks -- tokenize-cpu [iterations]</c>.
/// </summary>
/// <remarks>
/// The machine the project runs on is shared; under load a wall-clock benchmark measures the wait for a core as
/// much as the work. This run does the same work as <see cref="TokenizeBenchmarks"/> (about 1 MB of French
/// news-like text, tokens and sentences, one thread) and divides the process's processor time by the iterations,
/// so it shows the cost of the work itself. It complements BenchmarkDotNet, whose wall-clock figures and
/// allocations stay the reference.
/// </remarks>
internal static class TokenizeCpuRun
{
    public static int Run(string[] args)
    {
        int iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        string text = SampleText.FrenchNews(minimumChars: 1_000_000);
        Extractor extractor = Extractor.Create(new ExtractorOptions { Languages = [Language.French], Layers = Layers.Tokens | Layers.Sentences });
        int tokens = 0;
        for (int i = 0; i < 20; i++)
        {
            tokens += extractor.Extract(text, Language.French).Tokens.Length;
        }

        using Process process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (int i = 0; i < iterations; i++)
        {
            tokens += extractor.Extract(text, Language.French).Tokens.Length;
        }

        wall.Stop();
        process.Refresh();
        double cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / iterations;
        double allocatedMb = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)iterations / (1024 * 1024);
        Document sample = extractor.Extract(text, Language.French);
        double megabytes = text.Length / 1_000_000.0;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{text.Length:N0} chars, {sample.Tokens.Length:N0} tokens, {sample.Sentences.Length:N0} sentences; per iteration: processor {cpuMs:F2} ms ({megabytes / (cpuMs / 1000):F1} MB/s), wall {wall.Elapsed.TotalMilliseconds / iterations:F2} ms, allocated {allocatedMb:F2} MB (checksum {tokens})"));
        return 0;
    }
}
