using System.Diagnostics;
using System.Globalization;

namespace Extraction.Cli.Batch;

/// <summary>Counts what a batch did; printed on standard error at the end.</summary>
internal sealed class BatchSummary
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public int Documents { get; private set; }

    public long Tokens { get; private set; }

    public long Entities { get; private set; }

    public long Claims { get; private set; }

    public int Failed { get; private set; }

    public void Add(Document document)
    {
        Documents++;
        Tokens += document.Tokens.Length;
        Entities += document.Entities.Length;
        Claims += document.Claims.Length;
    }

    public void AddFailure() => Failed++;

    public void Stop() => _clock.Stop();

    public string Format()
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-6);
        string line = string.Create(
            CultureInfo.InvariantCulture,
            $"{Documents:N0} {Plural(Documents, "document")}, {Tokens:N0} {Plural(Tokens, "token")}, {Entities:N0} {(Entities == 1 ? "entity" : "entities")}, {Claims:N0} {Plural(Claims, "claim")} in {seconds:F2} s ({Tokens / seconds:N0} tokens/s)");
        return Failed == 0 ? line : string.Create(CultureInfo.InvariantCulture, $"{line}; {Failed} {Plural(Failed, "input")} failed (see above)");
    }

    private static string Plural(long count, string word) => count == 1 ? word : word + "s";
}
