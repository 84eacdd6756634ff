namespace Extraction.Cli.Output;

/// <summary>The output formats of <c>extract</c>.</summary>
internal enum OutputFormat
{
    /// <summary>One Document JSON object (one input only).</summary>
    Json,

    /// <summary>JSON Lines: one Document JSON object per line, with the input's name as id.</summary>
    JsonLines,

    /// <summary>Tables of entities and claims for a person at a terminal.</summary>
    Table,
}
