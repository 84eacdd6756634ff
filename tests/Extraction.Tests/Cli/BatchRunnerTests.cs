using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Extraction.Cli.Batch;
using Extraction.Cli.Output;
using Spectre.Console;

namespace Extraction.Tests.Cli;

public sealed class BatchRunnerTests : IDisposable
{
    private const string French = "Le maire de Lyon a annoncé lundi un nouveau plan. « Nous tiendrons nos promesses », a-t-il déclaré.";
    private const string English = "The mayor of Leeds said on Monday that the plan would go ahead, according to the council.";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"extract-batch-{Guid.NewGuid():N}");

    public BatchRunnerTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_folder_is_read_recursively_in_path_order_as_JSON_lines()
    {
        Write("b.txt", French);
        Write("sub/deeper/a.txt", English);
        Write("notes.md", "not matched by the default glob");

        Run run = await RunAsync([_folder]);

        run.ExitCode.Should().Be(BatchRunner.ExitOk);
        run.Ids().Should().Equal(Path.Combine(_folder, "b.txt"), Path.Combine(_folder, "sub", "deeper", "a.txt"));
        run.Messages.Should().Contain("2 documents");
    }

    [Fact]
    public async Task The_glob_chooses_the_files_of_a_folder()
    {
        Write("keep-1.news", French);
        Write("sub/keep-2.news", English);
        Write("skip.txt", French);

        Run run = await RunAsync([_folder], glob: "*.news");

        run.Ids().Select(Path.GetFileName).Should().Equal("keep-1.news", "keep-2.news");
    }

    [Fact]
    public async Task Binary_and_non_UTF8_files_are_named_and_the_batch_goes_on()
    {
        Write("1-good.txt", French);
        File.WriteAllBytes(Path.Combine(_folder, "2-binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]);
        File.WriteAllBytes(Path.Combine(_folder, "3-latin1.txt"), Encoding.Latin1.GetBytes("Le café de la gare a fermé."));
        Write("4-good.txt", English);

        Run run = await RunAsync([_folder]);

        run.ExitCode.Should().Be(BatchRunner.ExitSomeFailed);
        run.Ids().Select(Path.GetFileName).Should().Equal("1-good.txt", "4-good.txt");
        run.Messages.Should().Contain("2-binary.txt: binary file")
            .And.Contain("3-latin1.txt: not valid UTF-8")
            .And.Contain("2 inputs failed");
    }

    [Fact]
    public async Task A_missing_path_is_named_and_the_others_are_read()
    {
        Write("a.txt", French);
        string missing = Path.Combine(_folder, "missing.txt");

        Run run = await RunAsync([missing, Path.Combine(_folder, "a.txt")]);

        run.ExitCode.Should().Be(BatchRunner.ExitSomeFailed);
        run.Messages.Should().Contain("missing.txt: no such file or folder");
        run.Ids().Should().ContainSingle();
    }

    [Fact]
    public async Task One_file_gives_one_indented_Document_JSON()
    {
        string path = Write("one.txt", French);

        Run run = await RunAsync([path]);

        using JsonDocument json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("schema").GetString().Should().Be(DocumentJson.Schema);
        json.RootElement.GetProperty("id").GetString().Should().Be(path);
        json.RootElement.TryGetProperty("tokens", out _).Should().BeFalse("tokens are written only with --tokens");
        run.Output.Should().Contain("\n  \"id\"");
    }

    [Fact]
    public async Task JSON_for_several_inputs_is_refused_with_the_alternative()
    {
        Write("a.txt", French);
        Write("b.txt", English);

        Run run = await RunAsync([_folder], format: OutputFormat.Json);

        run.ExitCode.Should().Be(BatchRunner.ExitUsage);
        run.Messages.Should().Contain("--format jsonl");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task Standard_input_is_read_with_the_id_stdin()
    {
        Run run = await RunAsync(["-"], stdin: English);

        using JsonDocument json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("id").GetString().Should().Be("stdin");
        json.RootElement.GetProperty("language").GetString().Should().Be("en");
    }

    [Fact]
    public async Task Non_UTF8_standard_input_is_named_and_fails()
    {
        Run run = await RunAsync(["-"], stdinBytes: Encoding.Latin1.GetBytes("Le café a fermé."));

        run.ExitCode.Should().Be(BatchRunner.ExitSomeFailed);
        run.Messages.Should().Contain("standard input: not valid UTF-8");
    }

    [Fact]
    public async Task The_lang_option_forces_the_language()
    {
        string path = Write("fr.txt", French);

        Run run = await RunAsync([path], languages: [Language.Spanish]);

        using JsonDocument json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("language").GetString().Should().Be("es");
    }

    [Fact]
    public async Task Piped_output_has_no_progress_bar_and_no_escape_codes()
    {
        for (int i = 0; i < 20; i++)
        {
            Write($"doc-{i:D2}.txt", i % 2 == 0 ? French : English);
        }

        Run run = await RunAsync([_folder]);

        run.Ids().Should().HaveCount(20);
        run.Output.Should().NotContain("\u001b");
        run.Messages.Should().NotContain("\u001b").And.NotContain("extracting");
        run.Messages.Trim().Split('\n').Should().ContainSingle("only the summary is written");
    }

    [Fact]
    public async Task The_summary_counts_documents_and_tokens()
    {
        Write("a.txt", "Un deux trois.");
        Write("b.txt", "Quatre cinq.");

        Run run = await RunAsync([_folder], languages: [Language.French]);

        run.Messages.Should().Contain("2 documents, 7 tokens, 0 entities, 0 claims in");
        run.Messages.Should().Contain("tokens/s");
    }

    [Fact]
    public async Task Table_output_lists_entities_and_claims_of_each_document()
    {
        Write("a.txt", French);

        Run run = await RunAsync([_folder], format: OutputFormat.Table);

        run.ExitCode.Should().Be(BatchRunner.ExitOk);
        run.Output.Should().Contain("a.txt (fr)");
        run.Output.Should().NotContain("\u001b");
    }

    [Fact]
    public void Table_writer_shows_entity_names_with_counts_and_claims_with_speakers()
    {
        const string text = "Marie Durand a dit que Lyon gagnera. Durand est confiante.";
        var document = new Document(
            "a.txt",
            text,
            Language.French,
            [],
            [new TextSpan(0, 36), new TextSpan(37, 58)],
            [new Entity(new TextSpan(0, 12), EntityLabel.Person, 0), new Entity(new TextSpan(23, 27), EntityLabel.Location), new Entity(new TextSpan(37, 43), EntityLabel.Person, 0)],
            [new EntityCluster(0, "Marie Durand", EntityLabel.Person, [new TextSpan(0, 12), new TextSpan(37, 43)])],
            [new Claim(ClaimKind.Indirect, new TextSpan(23, 35), new TextSpan(13, 19), new TextSpan(0, 12), "Marie Durand", 0, "test")]);
        var output = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });

        new TableDocumentWriter(console).Write(document);

        string table = output.ToString();
        table.Should().Contain("Marie Durand").And.Contain("PER").And.Contain("LOC").And.Contain("Lyon gagnera");
        table.Should().MatchRegex(@"Marie Durand\s*│\s*2", "the two mentions of the cluster are counted once with their number");
    }

    private string Write(string relative, string text)
    {
        string path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static async Task<Run> RunAsync(
        IReadOnlyList<string> inputs,
        string glob = InputFinder.DefaultGlob,
        OutputFormat? format = null,
        IReadOnlyList<Language>? languages = null,
        string? stdin = null,
        byte[]? stdinBytes = null)
    {
        var output = new MemoryStream();
        var messages = new StringWriter();
        byte[] input = stdinBytes ?? Encoding.UTF8.GetBytes(stdin ?? string.Empty);
        var console = new BatchConsole(output, messages, () => new MemoryStream(input), MessagesAreTerminal: false, OutputIsTerminal: false);
        var request = new BatchRequest(inputs, glob, format, languages ?? LanguageCodes.Supported, IncludeTokens: false, MaxDegreeOfParallelism: 2);
        int exit = await BatchRunner.RunAsync(request, console, CancellationToken.None);
        return new Run(exit, Encoding.UTF8.GetString(output.ToArray()), messages.ToString());
    }

    private sealed record Run(int ExitCode, string Output, string Messages)
    {
        public List<string?> Ids() => Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                using JsonDocument json = JsonDocument.Parse(line);
                return json.RootElement.GetProperty("id").GetString();
            })
            .ToList();
    }
}
