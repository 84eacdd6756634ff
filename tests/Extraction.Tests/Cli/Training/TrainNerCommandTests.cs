using Extraction.Cli.Commands;

namespace Extraction.Tests.Cli.Training;

public class TrainNerCommandTests
{
    [Theory]
    [InlineData("--dropout", "0.95", "--dropout must be between 0 and 0.9.")]
    [InlineData("--dropout", "-0.1", "--dropout must be between 0 and 0.9.")]
    [InlineData("--margin", "-1", "--margin must be 0 or more.")]
    public void Out_of_range_regularisation_settings_are_refused_with_a_message_naming_them(string option, string value, string message)
    {
        var parse = TrainNerCommand.Build().Parse(["--lang", "fr", "--train", "a.conll", "--out", "m.bin", option, value]);

        parse.Errors.Select(e => e.Message).Should().Contain(message);
    }

    [Fact]
    public void Settings_in_range_parse_without_errors()
    {
        var parse = TrainNerCommand.Build().Parse(["--lang", "fr", "--train", "a.conll", "--out", "m.bin", "--dropout", "0.25", "--margin", "1"]);

        parse.Errors.Should().BeEmpty();
    }
}
