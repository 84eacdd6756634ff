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
        root.Subcommands.Add(eval);
        return root.Parse(args).InvokeAsync();
    }
}
