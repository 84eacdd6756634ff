using System.CommandLine;
using Extraction.Cli.Batch;
using Extraction.Cli.Output;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract INPUT...</c>: entities, clusters and claims of files, folders (recursively) or standard input, as
/// Document JSON, JSON Lines or tables, processed in parallel, with a summary on standard error.
/// </summary>
internal static class ExtractCommand
{
    public static RootCommand Build()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Text files, folders (read recursively), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var glob = new Option<string>("--glob")
        {
            Description = $"Which files of a folder to read: a name pattern with * and ? (a pattern with / matches the path under the folder). Default: {InputFinder.DefaultGlob}.",
            DefaultValueFactory = _ => InputFinder.DefaultGlob,
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "json (one document), jsonl (one document per line, id = file name) or table (for reading at a terminal). Default: json for one file or -, jsonl otherwise.",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "table");
        var lang = CommonOptions.Language();
        var tokens = new Option<bool>("--tokens") { Description = "Also write the tokens in the JSON (large)." };
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many documents to process at once. Default: the number of processors.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var noProgress = new Option<bool>("--no-progress") { Description = "Never show the progress bar (it shows only when standard error is a terminal)." };

        var root = new RootCommand("Named entities and claims (who said what) in French, English and Spanish news text.")
        {
            inputs, glob, format, lang, tokens, parallel, noProgress,
        };
        root.SetAction(async (parse, cancellationToken) =>
        {
            int degree = parse.GetValue(parallel);
            if (degree < 1)
            {
                await Console.Error.WriteLineAsync("extract: --parallel must be at least 1.").ConfigureAwait(false);
                return BatchRunner.ExitUsage;
            }

            var request = new BatchRequest(
                parse.GetValue(inputs)!,
                parse.GetValue(glob)!,
                ParseFormat(parse.GetValue(format)),
                CommonOptions.LanguagesOf(parse.GetValue(lang)),
                parse.GetValue(tokens),
                degree,
                ShowProgress: !parse.GetValue(noProgress));
            return await BatchRunner.RunAsync(request, BatchConsole.System(), cancellationToken).ConfigureAwait(false);
        });
        return root;
    }

    internal static OutputFormat? ParseFormat(string? value) => value switch
    {
        null => null,
        "json" => OutputFormat.Json,
        "jsonl" => OutputFormat.JsonLines,
        "table" => OutputFormat.Table,
        _ => throw new ArgumentException($"Unknown format '{value}': json, jsonl or table."),
    };
}
