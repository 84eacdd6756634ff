namespace Extraction.Cli.Batch;

/// <summary>One text to read: a file, or standard input when <see cref="Path"/> is null.</summary>
/// <param name="Id">The id written in the output: the path as found, or <c>stdin</c>.</param>
/// <param name="Path">The file path, or null for standard input.</param>
internal sealed record InputFile(string Id, string? Path)
{
    public const string StandardInputId = "stdin";

    public static InputFile StandardInput { get; } = new(StandardInputId, null);
}
