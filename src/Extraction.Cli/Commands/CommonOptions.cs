using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Language() => new("--lang")
    {
        Description = "The language of the text: fr, en or es (default: detected among the three).",
    };

    public static IReadOnlyList<Language> LanguagesOf(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return LanguageCodes.Supported;
        }

        return [LanguageCodes.Parse(code)];
    }
}
