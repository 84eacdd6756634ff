namespace Extraction.Tests;

/// <summary>Finds the read-only ../shared folder beside the repository; tests that need it skip when it is absent.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> s_root = new(Locate);

    public static string? Root => s_root.Value;

    public static string SkipReason => "../shared is absent on this machine (corpora and eval data live there); test skipped.";

    public static string? PathOf(string relative) => Root is null ? null : Path.Combine(Root, relative);

    private static string? Locate()
    {
        string? environment = Environment.GetEnvironmentVariable("EXTRACTION_SHARED");
        if (!string.IsNullOrEmpty(environment) && Directory.Exists(environment))
        {
            return environment;
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
            {
                string candidate = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                return Directory.Exists(Path.Combine(candidate, "corpora")) ? candidate : null;
            }
        }

        return null;
    }
}
