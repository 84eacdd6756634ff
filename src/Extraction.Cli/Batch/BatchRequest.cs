using Extraction.Cli.Output;

namespace Extraction.Cli.Batch;

/// <summary>What one run of <c>extract</c> over files, folders or standard input is asked to do.</summary>
/// <param name="Inputs">Files, folders, or <c>-</c> for standard input.</param>
/// <param name="Glob">The pattern files in folders must match.</param>
/// <param name="Format">The output format, or null to choose: JSON for one file, JSON Lines otherwise.</param>
/// <param name="Languages">The languages texts may be in (one: forced).</param>
/// <param name="IncludeTokens">Whether the JSON output carries the tokens.</param>
/// <param name="MaxDegreeOfParallelism">Documents processed at once.</param>
/// <param name="ShowProgress">False to never show the progress bar (it shows only on a terminal anyway).</param>
internal sealed record BatchRequest(
    IReadOnlyList<string> Inputs,
    string Glob,
    OutputFormat? Format,
    IReadOnlyList<Language> Languages,
    bool IncludeTokens,
    int MaxDegreeOfParallelism,
    bool ShowProgress = true);
