using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Extraction.Cli.Output;
using Spectre.Console;

namespace Extraction.Cli.Batch;

/// <summary>
/// Runs <c>extract</c> over many inputs: reads them lazily, extracts in parallel through
/// <see cref="Extractor.ExtractManyAsync(IAsyncEnumerable{TextInput}, CancellationToken)"/>, writes the documents in
/// input order, and reports every input it could not read by name; the batch always goes on.
/// </summary>
internal sealed class BatchRunner
{
    public const int ExitOk = 0;
    public const int ExitSomeFailed = 1;
    public const int ExitUsage = 2;
    public const int ExitCancelled = 130;

    private readonly BatchRequest _request;
    private readonly BatchConsole _console;
    private readonly BatchSummary _summary = new();
    private readonly ConcurrentQueue<string> _deferred = new();
    private readonly HashSet<int> _unreadable = [];
    private string? _standardInput;
    private bool _deferMessages;
    private ProgressTask? _progress;

    private BatchRunner(BatchRequest request, BatchConsole console)
    {
        _request = request;
        _console = console;
    }

    public static Task<int> RunAsync(BatchRequest request, BatchConsole console, CancellationToken cancellationToken) =>
        new BatchRunner(request, console).RunAsync(cancellationToken);

    private async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        List<InputFile> files = InputFinder.Find(_request.Inputs, _request.Glob, problems);
        foreach (string problem in problems)
        {
            Report(problem);
        }

        if (files.Count == 0)
        {
            Report("nothing to read.");
            return ExitUsage;
        }

        bool single = _request.Inputs.Count == 1 && (_request.Inputs[0] == "-" || File.Exists(_request.Inputs[0]));
        OutputFormat format = _request.Format ?? (single ? OutputFormat.Json : OutputFormat.JsonLines);
        if (format == OutputFormat.Json && files.Count > 1)
        {
            Report($"--format json writes one document and {files.Count} inputs were found; use --format jsonl (one document per line) or table.");
            return ExitUsage;
        }

        Extractor extractor = Extractor.Create(new ExtractorOptions
        {
            Languages = _request.Languages,
            IncludeTokens = true, // counted in the summary; the JSON writer leaves them out unless asked.
            MaxDegreeOfParallelism = _request.MaxDegreeOfParallelism,
        });

        using var text = new StreamWriter(_console.Output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        IDocumentWriter writer = format switch
        {
            OutputFormat.Table => new TableDocumentWriter(AnsiConsoleOn(text, _console.OutputIsTerminal)),
            _ => new JsonDocumentWriter(_console.Output, _request.IncludeTokens, lines: format == OutputFormat.JsonLines),
        };

        bool cancelled = false;
        try
        {
            if (_request.ShowProgress && _console.MessagesAreTerminal && files.Count > 1)
            {
                _deferMessages = true;
                await AnsiConsoleOn(_console.Messages, terminal: true)
                    .Progress()
                    .AutoClear(true)
                    .StartAsync(async context =>
                    {
                        _progress = context.AddTask("extracting", maxValue: files.Count);
                        await ExtractAllAsync(extractor, files, writer, cancellationToken).ConfigureAwait(false);
                    })
                    .ConfigureAwait(false);
            }
            else
            {
                await ExtractAllAsync(extractor, files, writer, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }
        finally
        {
            writer.Complete();
            text.Flush();
            _deferMessages = false;
            while (_deferred.TryDequeue(out string? message))
            {
                _console.Messages.WriteLine(message);
            }
        }

        _summary.Stop();
        _console.Messages.WriteLine($"extract: {_summary.Format()}{(cancelled ? "; cancelled" : string.Empty)}");
        if (cancelled)
        {
            return ExitCancelled;
        }

        return _summary.Failed > 0 || problems.Count > 0 ? ExitSomeFailed : ExitOk;
    }

    // The library does not throw on content; should it ever, the input whose document did not come back is
    // reported by name and the batch resumes after it rather than losing everything that follows.
    private async Task ExtractAllAsync(Extractor extractor, List<InputFile> files, IDocumentWriter writer, CancellationToken cancellationToken)
    {
        int next = 0;
        while (next < files.Count)
        {
            var handedOver = new ConcurrentQueue<int>();
            try
            {
                await foreach (Document document in extractor.ExtractManyAsync(ReadAsync(files, next, handedOver, cancellationToken), cancellationToken).ConfigureAwait(false))
                {
                    handedOver.TryDequeue(out _);
                    writer.Write(document);
                    _summary.Add(document);
                    _progress?.Increment(1);
                }

                next = files.Count;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                int failed = handedOver.TryPeek(out int index) ? index : next;
                Report($"{files[failed].Id}: extraction failed: {error.GetType().Name}: {error.Message}");
                _summary.AddFailure();
                _progress?.Increment(1);
                next = failed + 1;
            }
        }
    }

    private async IAsyncEnumerable<TextInput> ReadAsync(
        List<InputFile> files,
        int from,
        ConcurrentQueue<int> handedOver,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (int i = from; i < files.Count; i++)
        {
            if (_unreadable.Contains(i))
            {
                continue; // Reported the first time round.
            }

            InputFile file = files[i];
            string? content = null;
            try
            {
                content = await ReadTextAsync(file, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                _unreadable.Add(i);
                Report(error is InvalidDataException ? error.Message : $"{file.Id}: cannot read: {error.Message}");
                _summary.AddFailure();
                _progress?.Increment(1);
            }

            if (content is not null)
            {
                handedOver.Enqueue(i);
                yield return new TextInput(file.Id, content);
            }
        }
    }

    private async Task<string> ReadTextAsync(InputFile file, CancellationToken cancellationToken)
    {
        if (file.Path is { } path)
        {
            byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            return TextSource.Decode(bytes, file.Id);
        }

        if (_standardInput is null)
        {
            using var buffer = new MemoryStream();
            using (Stream input = _console.OpenInput())
            {
                await input.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            }

            _standardInput = TextSource.Decode(buffer.ToArray(), "standard input");
        }

        return _standardInput;
    }

    private void Report(string message)
    {
        string line = $"extract: {message}";
        if (_deferMessages)
        {
            _deferred.Enqueue(line);
        }
        else
        {
            lock (_console.Messages)
            {
                _console.Messages.WriteLine(line);
            }
        }
    }

    private static IAnsiConsole AnsiConsoleOn(TextWriter writer, bool terminal) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
    });
}
