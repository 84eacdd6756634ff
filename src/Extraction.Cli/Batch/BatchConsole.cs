namespace Extraction.Cli.Batch;

/// <summary>The streams a batch reads and writes; the real console in the tool, buffers in tests.</summary>
/// <param name="Output">Where documents go (standard output).</param>
/// <param name="Messages">Where errors, the progress bar and the summary go (standard error).</param>
/// <param name="OpenInput">Opens standard input.</param>
/// <param name="MessagesAreTerminal">Whether <paramref name="Messages"/> is a terminal (the progress bar shows only then).</param>
/// <param name="OutputIsTerminal">Whether <paramref name="Output"/> is a terminal (tables get colours only then).</param>
internal sealed record BatchConsole(Stream Output, TextWriter Messages, Func<Stream> OpenInput, bool MessagesAreTerminal, bool OutputIsTerminal)
{
    public static BatchConsole System() => new(
        Console.OpenStandardOutput(),
        Console.Error,
        Console.OpenStandardInput,
        MessagesAreTerminal: !Console.IsErrorRedirected,
        OutputIsTerminal: !Console.IsOutputRedirected);
}
