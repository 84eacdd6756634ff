using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Tokenization;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract train clusters --lang fr --text FILE[,FILE...] [--conll FILE,...] [--vectors FILE] --out FILE</c>:
/// induces the word clusters the NER features use, reproducibly (fixed seed). Text files (plain or gzip, one
/// sentence or paragraph a line) are tokenized with the project's tokenizer; CoNLL files add their tokens;
/// <c>--vectors</c> clusters word2vec-format vectors (GloVe) directly. Output: <c>word&lt;TAB&gt;bits</c> lines,
/// gzip, the format <c>train ner --clusters</c> reads.
/// </summary>
internal static class TrainClustersCommand
{
    public static Command Build()
    {
        var lang = new Option<string>("--lang") { Description = "The language: fr, en or es.", Required = true };
        var text = new Option<string?>("--text") { Description = "Unlabelled text files (.txt or .txt.gz), comma-separated." };
        var conll = new Option<string?>("--conll") { Description = "CoNLL files whose tokens are added as unlabelled text." };
        var vectors = new Option<string?>("--vectors") { Description = "A word2vec text-format vector file (.gz allowed) to cluster instead of counting contexts." };
        var maxTokens = new Option<long>("--max-tokens") { Description = "Stop reading text after this many tokens (default 8 000 000).", DefaultValueFactory = _ => 8_000_000 };
        var vocabulary = new Option<int>("--vocabulary") { Description = "How many of the most frequent words get a cluster (default 60 000).", DefaultValueFactory = _ => 60_000 };
        var output = new Option<string>("--out") { Description = "The cluster file to write (gzip).", Required = true };
        var command = new Command("clusters", "Induce word clusters from unlabelled text for the NER features.") { lang, text, conll, vectors, maxTokens, vocabulary, output };
        command.SetAction(parse =>
        {
            Language language = LanguageCodes.Parse(parse.GetValue(lang)!);
            Dictionary<string, ushort> clusters;
            if (parse.GetValue(vectors) is { } vectorPath)
            {
                (string[] words, float[][] values) = ReadVectors(vectorPath, parse.GetValue(vocabulary));
                clusters = ClusterInducer.Cluster(words, values, 7, message => Console.Error.WriteLine(message));
            }
            else
            {
                var inducer = new ClusterInducer(vocabulary: parse.GetValue(vocabulary));
                long budget = parse.GetValue(maxTokens);
                long read = 0;
                var tokenizer = Tokenizer.For(language);
                using var tokens = new PooledList<Token>();
                var words = new List<string>();
                foreach (string path in TrainNerCommand.Split(parse.GetValue(text)))
                {
                    using TextReader reader = Open(path);
                    while (read < budget && reader.ReadLine() is { } line)
                    {
                        tokens.Clear();
                        tokenizer.Tokenize(line, tokens);
                        words.Clear();
                        foreach (Token token in tokens.AsSpan())
                        {
                            words.Add(line.Substring(token.Start, token.Span.Length));
                        }

                        inducer.AddSentence(words);
                        read += words.Count;
                    }
                }

                foreach (string path in TrainNerCommand.Split(parse.GetValue(conll)))
                {
                    foreach (NerDocument document in NerDocument.ReadConll(path))
                    {
                        for (int s = 0; s < document.SentenceCount; s++)
                        {
                            (int start, int end) = document.SentenceRange(s);
                            words.Clear();
                            for (int t = start; t < end; t++)
                            {
                                words.Add(document.WordOf(t).ToString());
                            }

                            inducer.AddSentence(words);
                        }
                    }
                }

                clusters = inducer.Induce(message => Console.Error.WriteLine(message));
            }

            string outPath = parse.GetValue(output)!;
            using (var file = File.Create(outPath))
            using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
            using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                foreach ((string word, ushort bits) in clusters.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WriteLine($"{word}\t{Convert.ToString(bits, 2).PadLeft(WordClusters.Bits, '0')}");
                }
            }

            Console.Error.WriteLine($"wrote {outPath}: {clusters.Count} words ({new FileInfo(outPath).Length} bytes)");
            return 0;
        });
        return command;
    }

    /// <summary>Reads a cluster file written by this command.</summary>
    public static WordClusters ReadClusters(string path)
    {
        var entries = new Dictionary<string, ushort>(StringComparer.Ordinal);
        using TextReader reader = Open(path);
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                entries[line[..tab]] = Convert.ToUInt16(line[(tab + 1)..], 2);
            }
        }

        return new WordClusters(entries);
    }

    private static (string[] Words, float[][] Vectors) ReadVectors(string path, int limit)
    {
        var words = new List<string>();
        var vectors = new List<float[]>();
        using TextReader reader = Open(path);
        while (words.Count < limit && reader.ReadLine() is { } line)
        {
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 10)
            {
                continue; // the word2vec header line "count dimensions"
            }

            words.Add(ClusterInducer.Normalize(parts[0]));
            vectors.Add([.. parts.Skip(1).Select(p => float.Parse(p, CultureInfo.InvariantCulture))]);
        }

        // Normalised forms can collide (digits folded): keep the first, most frequent one.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keptWords = new List<string>();
        var keptVectors = new List<float[]>();
        for (int i = 0; i < words.Count; i++)
        {
            if (seen.Add(words[i]))
            {
                keptWords.Add(words[i]);
                keptVectors.Add(vectors[i]);
            }
        }

        return ([.. keptWords], [.. keptVectors]);
    }

    private static StreamReader Open(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream, Encoding.UTF8);
    }
}
