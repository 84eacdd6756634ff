using System.CommandLine;
using System.Globalization;

namespace Extraction.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Language() => new("--lang")
    {
        Description = "The language of the text: fr, en or es (default: detected among the three).",
    };

    /// <summary>Rejects a value of <paramref name="option"/> outside [<paramref name="min"/>, <paramref name="max"/>], naming the option and the range.</summary>
    public static void AcceptOnlyBetween<T>(this Option<T> option, T min, T max)
        where T : IComparable<T>, IFormattable
    {
        option.Validators.Add(result =>
        {
            T value = result.GetValueOrDefault<T>();
            if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be between {min} and {max}."));
            }
        });
    }

    public static IReadOnlyList<Language> LanguagesOf(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return LanguageCodes.Supported;
        }

        return [LanguageCodes.Parse(code)];
    }
}
