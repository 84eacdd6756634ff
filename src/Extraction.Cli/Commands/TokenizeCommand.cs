using System.CommandLine;
using System.Text.Json;
using Extraction.Cli.Output;
using Extraction.Serialization;

namespace Extraction.Cli.Commands;

/// <summary><c>extract tokenize FILE</c>: the Document JSON with tokens and sentences.</summary>
internal static class TokenizeCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("file") { Description = "The text file to read, or - for standard input." };
        var jsonl = new Option<bool>("--jsonl") { Description = "One token per line (start, end, kind, text, sentence) instead of the Document JSON." };
        var lang = CommonOptions.Language();
        var command = new Command("tokenize", "Tokenize a text and split it into sentences; print the Document JSON.") { file, jsonl, lang };
        command.SetAction(parse =>
        {
            string text = TextSource.Read(parse.GetValue(file)!);
            Extractor extractor = Extractor.Create(new ExtractorOptions
            {
                Languages = CommonOptions.LanguagesOf(parse.GetValue(lang)),
                Layers = Layers.Tokens | Layers.Sentences,
            });
            Document document = extractor.Extract(text);
            using Stream stdout = Console.OpenStandardOutput();
            if (parse.GetValue(jsonl))
            {
                WriteTokenLines(stdout, document);
            }
            else
            {
                DocumentJson.WriteTo(stdout, document, includeTokens: true);
                stdout.WriteByte((byte)'\n');
            }

            return 0;
        });
        return command;
    }

    private static void WriteTokenLines(Stream stdout, Document document)
    {
        using var buffered = new BufferedStream(stdout, 1 << 16);
        int sentence = 0;
        foreach (Token token in document.Tokens)
        {
            while (sentence < document.Sentences.Length - 1 && token.Start >= document.Sentences[sentence].End)
            {
                sentence++;
            }

            var line = new TokenLineDto(token.Start, token.End, Labels.Of(token.Kind), document.TextOf(token), sentence);
            JsonSerializer.Serialize(buffered, line, DocumentJsonContext.Default.TokenLineDto);
            buffered.WriteByte((byte)'\n');
        }
    }
}
