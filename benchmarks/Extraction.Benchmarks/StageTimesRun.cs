using System.Diagnostics;
using System.Globalization;
using Extraction.Pipeline;

namespace Extraction.Benchmarks;

/// <summary>
/// Where the time of the whole pipeline goes, stage by stage:
/// <c>dotnet run -c Release --project benchmarks/Extraction.Benchmarks -- stage-times [iterations] [FILE LANG]</c>.
/// </summary>
/// <remarks>
/// Runs every stage of the full plan (all layers) over the same ~1 MB news-like text per language, one thread, and
/// prints each stage's mean wall-clock time and bytes allocated per run; with a file and a language code, over that
/// text instead (a text that is slow to process, to see which stage). A diagnostic to find what to optimise;
/// <see cref="PipelineBenchmarks"/> stays the reference figure.
/// </remarks>
internal static class StageTimesRun
{
    public static int Run(string[] args)
    {
        int iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        (Language, string)[] texts = args.Length > 3
            ? [(LanguageCodes.Parse(args[3]), File.ReadAllText(args[2]))]
            :
            [
                (Language.French, SampleText.FrenchNews(minimumChars: 1_000_000)),
                (Language.English, SampleText.EnglishNews(minimumChars: 1_000_000)),
                (Language.Spanish, SampleText.SpanishNews(minimumChars: 1_000_000)),
            ];
        foreach ((Language language, string text) in texts)
        {
            IReadOnlyList<IStage> stages = StageCatalog.PlanFor(language, Layers.All).Stages;
            var elapsed = new TimeSpan[stages.Count];
            var allocated = new long[stages.Count];
            for (int i = -2; i < iterations; i++)
            {
                using var work = new Annotations(null, text, language);
                for (int s = 0; s < stages.Count; s++)
                {
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    var clock = Stopwatch.StartNew();
                    stages[s].Run(work, CancellationToken.None);
                    clock.Stop();
                    if (i >= 0)
                    {
                        elapsed[s] += clock.Elapsed;
                        allocated[s] += GC.GetAllocatedBytesForCurrentThread() - before;
                    }
                }
            }

            Console.WriteLine($"{language}: {text.Length:N0} chars, {iterations} runs");
            for (int s = 0; s < stages.Count; s++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stages[s].Name,-28} {elapsed[s].TotalMilliseconds / iterations,8:F1} ms  {allocated[s] / iterations / 1024.0,10:F0} KB"));
            }
        }

        return 0;
    }
}
