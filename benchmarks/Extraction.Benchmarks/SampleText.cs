using System.Text;

namespace Extraction.Benchmarks;

/// <summary>News-like text for benchmarks, written for the project, repeated to the wanted size.</summary>
internal static class SampleText
{
    public static string FrenchNews(int minimumChars) => Repeat(Load("fr"), minimumChars);

    public static string EnglishNews(int minimumChars) => Repeat(Load("en"), minimumChars);

    public static string SpanishNews(int minimumChars) => Repeat(Load("es"), minimumChars);

    private static string Load(string language)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "samples", $"{language}-news.txt");
        return File.ReadAllText(path, Encoding.UTF8);
    }

    private static string Repeat(string text, int minimumChars)
    {
        var builder = new StringBuilder(minimumChars + text.Length);
        while (builder.Length < minimumChars)
        {
            builder.Append(text).Append("\n\n");
        }

        return builder.ToString();
    }
}
