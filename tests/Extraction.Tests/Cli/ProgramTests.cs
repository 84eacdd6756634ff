using Extraction.Cli;
using Extraction.Cli.Commands;

namespace Extraction.Tests.Cli;

public class ProgramTests
{
    [Fact]
    public async Task A_missing_training_file_gives_one_line_naming_it_and_exit_code_1()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"extraction-missing-{Guid.NewGuid():N}", "train.conll");
        var errors = new StringWriter();

        int exit = await Program.RunAsync(["train", "ner", "--lang", "fr", "--train", missing, "--out", missing + ".bin"], errors);

        exit.Should().Be(1);
        errors.ToString().Should().StartWith("extract: ").And.Contain("train.conll").And.NotContain(" at ");
    }

    [Fact]
    public async Task A_corrupt_corpus_line_gives_a_message_naming_file_and_line()
    {
        string path = Path.Combine(Path.GetTempPath(), $"extraction-corrupt-{Guid.NewGuid():N}.conll");
        await File.WriteAllTextAsync(path, "Lyon\tB-LOC\nest\tX-WHAT\n\n");
        try
        {
            var errors = new StringWriter();

            int exit = await Program.RunAsync(["eval", "ner", "--lang", "fr", "--test", path], errors);

            exit.Should().Be(1);
            errors.ToString().Should().Contain($"{path}:2").And.Contain("X-WHAT");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("sentences")]
    [InlineData("datelines")]
    public void Both_ways_of_reading_documents_parse(string documents)
    {
        TrainNerCommand.Build().Parse(["--lang", "es", "--train", "a.conll", "--out", "m.bin", "--documents", documents]).Errors.Should().BeEmpty();
        EvalNerCommand.Build().Parse(["--lang", "es", "--test", "a.conll", "--documents", documents]).Errors.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_way_of_reading_documents_is_refused()
    {
        TrainNerCommand.Build().Parse(["--lang", "es", "--train", "a.conll", "--out", "m.bin", "--documents", "pages"]).Errors.Should().NotBeEmpty();
    }
}
