using System.CommandLine;
using Extraction.Cli.Output;

namespace Extraction.Cli.Commands;

/// <summary><c>extract FILE</c>: the Document JSON with entities, clusters and claims.</summary>
internal static class ExtractCommand
{
    public static RootCommand Build()
    {
        var file = new Argument<string>("file") { Description = "The text file to read, or - for standard input." };
        var lang = CommonOptions.Language();
        var tokens = new Option<bool>("--tokens") { Description = "Also print the tokens (large)." };
        var root = new RootCommand("Named entities and claims (who said what) in French, English and Spanish news text.") { file, lang, tokens };
        root.SetAction(parse =>
        {
            string text = TextSource.Read(parse.GetValue(file)!);
            bool withTokens = parse.GetValue(tokens);
            Extractor extractor = Extractor.Create(new ExtractorOptions
            {
                Languages = CommonOptions.LanguagesOf(parse.GetValue(lang)),
                IncludeTokens = withTokens,
            });
            Document document = extractor.Extract(text);
            using Stream stdout = Console.OpenStandardOutput();
            DocumentJson.WriteTo(stdout, document, includeTokens: withTokens, indented: true);
            stdout.WriteByte((byte)'\n');
            return 0;
        });
        return root;
    }
}
