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
        return root.Parse(args).InvokeAsync();
    }
}
