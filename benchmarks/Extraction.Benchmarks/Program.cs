using BenchmarkDotNet.Running;

namespace Extraction.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Extraction.Benchmarks -- --filter *</c>;
/// <c>-- stream [documents]</c> runs the streaming proof instead (<see cref="StreamingRun"/>);
/// <c>-- tokenize-cpu [iterations]</c> measures tokenizing in processor time (<see cref="TokenizeCpuRun"/>);
/// <c>-- stage-times [iterations]</c> prints the time of each stage of the whole pipeline (<see cref="StageTimesRun"/>).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "stream")
        {
            return await StreamingRun.RunAsync(args).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == "tokenize-cpu")
        {
            return TokenizeCpuRun.Run(args);
        }

        if (args.Length > 0 && args[0] == "stage-times")
        {
            return StageTimesRun.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
