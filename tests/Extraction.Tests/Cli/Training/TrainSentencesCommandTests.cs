using Extraction.Cli;
using Extraction.Cli.Commands;
using Extraction.Tokenization;

namespace Extraction.Tests.Cli.Training;

/// <summary>
/// <c>extract train sentences</c> end to end on a tiny treebank of our own: the casing lexicon is copied into the model
/// and careful text adds examples (its gaps, taught as the rules split them).
/// </summary>
public class TrainSentencesCommandTests
{
    private static readonly string[] Sentences =
    [
        "Posologie",
        "Prenez une cuillère le soir .",
        "Conservation",
        "Gardez le flacon au frais .",
        "Présentation",
        "Flacon de verre .",
    ];

    [Fact]
    public async Task Trains_a_model_that_carries_its_casing_lexicon_and_names_its_careful_text()
    {
        using var work = new Workspace();
        string casing = Path.Combine(work.Folder, "casing.tsv");
        File.WriteAllText(casing, "flacon\t1\nairbus\t100\n");
        string careful = Directory.CreateDirectory(Path.Combine(work.Folder, "news")).FullName;
        File.WriteAllText(Path.Combine(careful, "a.txt"), "Le maire de Lyon a rencontré lundi le groupe Airbus à Toulouse.\n");
        string model = Path.Combine(work.Folder, "sent.bin");
        var errors = new StringWriter();

        int exit = await Program.RunAsync(
            ["train", "sentences", "--lang", "fr", "--train", work.Treebank, "--dev", work.Treebank, "--casing", casing, "--careful-text", careful,
             "--epochs", "2", "--thresholds", "0", "--hash-bits", "12", "--out", model],
            errors);

        exit.Should().Be(0, errors.ToString());
        using FileStream stream = File.OpenRead(model);
        BoundaryModel loaded = BoundaryModel.Load(stream, model);
        loaded.Casing.Find("airbus").Should().Be(4);
        loaded.Casing.Find("flacon").Should().Be(1);
        loaded.Info.TrainingData.Should().Contain("tiny.conllu").And.Contain("news");
    }

    [Fact]
    public async Task A_missing_careful_text_gives_one_line_naming_it_and_exit_code_1()
    {
        using var work = new Workspace();
        string missing = Path.Combine(work.Folder, "absent.txt");
        var errors = new StringWriter();

        int exit = await Program.RunAsync(
            ["train", "sentences", "--lang", "fr", "--train", work.Treebank, "--dev", work.Treebank, "--careful-text", missing, "--out", Path.Combine(work.Folder, "m.bin")],
            errors);

        exit.Should().Be(1);
        errors.ToString().Should().StartWith("extract: ").And.Contain("absent.txt").And.NotContain(" at ");
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("101", true)]
    [InlineData("5", false)]
    public void The_number_of_bags_must_be_between_1_and_100(string bags, bool refused)
    {
        var parse = TrainSentencesCommand.Build().Parse(["--lang", "fr", "--train", "a.conllu", "--dev", "b.conllu", "--out", "m.bin", "--bags", bags]);

        parse.Errors.Select(e => e.Message).Contains("--bags must be between 1 and 100.").Should().Be(refused);
    }

    /// <summary>A CoNLL-U file of whitespace-tokenized sentences, the final period glued to the word before it.</summary>
    private static string Conllu(IEnumerable<string> sentences)
    {
        var text = new System.Text.StringBuilder();
        int id = 0;
        foreach (string sentence in sentences)
        {
            string[] words = sentence.Split(' ');
            text.Append("# sent_id = s").Append(++id).Append('\n');
            for (int i = 0; i < words.Length; i++)
            {
                string misc = i + 1 < words.Length && words[i + 1] == "." ? "SpaceAfter=No" : "_";
                text.Append(i + 1).Append('\t').Append(words[i]).Append("\t_\t_\t_\t_\t_\t_\t_\t").Append(misc).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A temporary folder holding the tiny treebank (<c>tiny.conllu</c>); deleted on dispose.</summary>
    private sealed class Workspace : IDisposable
    {
        public Workspace()
        {
            Folder = Directory.CreateTempSubdirectory("extraction-sentences-").FullName;
            Treebank = Path.Combine(Folder, "tiny.conllu");
            File.WriteAllText(Treebank, Conllu(Sentences));
        }

        public string Folder { get; }

        public string Treebank { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
