using System.CommandLine;
using Extraction.Cli.Commands;

namespace Extraction.Cli;

/// <summary>The <c>extract</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code: 0 on success.</returns>
    public static Task<int> Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return RunAsync(args, Console.Error);
    }

    /// <summary>Runs the command line; a failure caused by bad input is one line on <paramref name="errors"/> and exit code 1.</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter errors)
    {
        RootCommand root = ExtractCommand.Build();
        root.Subcommands.Add(TokenizeCommand.Build());
        var eval = new Command("eval", "Measure accuracy against annotated data.");
        eval.Subcommands.Add(EvalTokenizeCommand.Build());
        eval.Subcommands.Add(EvalLanguageCommand.Build());
        eval.Subcommands.Add(EvalNerCommand.Build());
        eval.Subcommands.Add(EvalClaimsCommand.Build());
        eval.Subcommands.Add(EvalQuotesCommand.Build());
        root.Subcommands.Add(eval);
        var train = new Command("train", "Train models on annotated data.");
        train.Subcommands.Add(TrainNerCommand.Build());
        train.Subcommands.Add(TrainClustersCommand.Build());
        train.Subcommands.Add(TrainSentencesCommand.Build());
        root.Subcommands.Add(train);
        try
        {
            // Bad input (a missing file, a corrupt corpus or model) is the user's to fix: one line naming it, not a stack trace.
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException or ModelLoadException)
        {
            await errors.WriteLineAsync($"extract: {error.Message}");
            return 1;
        }
    }
}
