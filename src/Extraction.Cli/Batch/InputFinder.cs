using System.IO.Enumeration;

namespace Extraction.Cli.Batch;

/// <summary>
/// Expands the command-line inputs into the list of texts to read: a file as is, a folder recursively (files whose
/// name, or path under the folder when the pattern has a <c>/</c>, matches the glob), <c>-</c> for standard input.
/// </summary>
internal static class InputFinder
{
    public const string DefaultGlob = "*.txt";

    /// <summary>Finds the inputs in argument order (files of a folder in ordinal path order).</summary>
    /// <param name="arguments">The paths given on the command line.</param>
    /// <param name="glob">The pattern folder files must match (<c>*</c> and <c>?</c>).</param>
    /// <param name="problems">Receives one message per argument that names nothing readable.</param>
    public static List<InputFile> Find(IReadOnlyList<string> arguments, string glob, List<string> problems)
    {
        var found = new List<InputFile>();
        bool matchPath = glob.Contains('/', StringComparison.Ordinal);
        foreach (string argument in arguments)
        {
            if (argument == "-")
            {
                found.Add(InputFile.StandardInput);
            }
            else if (File.Exists(argument))
            {
                found.Add(new InputFile(argument, argument));
            }
            else if (Directory.Exists(argument))
            {
                int before = found.Count;
                AddFolder(argument, glob, matchPath, found, problems);
                if (found.Count == before)
                {
                    problems.Add($"{argument}: no file matches '{glob}' in this folder (use --glob to choose others).");
                }
            }
            else
            {
                problems.Add($"{argument}: no such file or folder.");
            }
        }

        return found;
    }

    private static void AddFolder(string folder, string glob, bool matchPath, List<InputFile> found, List<string> problems)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.None,
            ReturnSpecialDirectories = false,
        };
        var files = new List<string>();
        try
        {
            foreach (string path in Directory.EnumerateFiles(folder, "*", options))
            {
                string relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
                string candidate = matchPath ? relative : Path.GetFileName(path);
                if (FileSystemName.MatchesSimpleExpression(glob, candidate, ignoreCase: false))
                {
                    files.Add(path);
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{folder}: cannot list the folder completely: {error.Message}");
        }

        files.Sort(StringComparer.Ordinal);
        foreach (string path in files)
        {
            found.Add(new InputFile(path, path));
        }
    }
}
