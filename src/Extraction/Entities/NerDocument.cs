using System.IO.Compression;
using System.Text;

namespace Extraction.Entities;

/// <summary>
/// One document of a CoNLL NER file: its tokens laid out in a synthetic text (tokens separated by a space,
/// sentences by a line break) so the tagger reads them exactly as it reads tokenized input, with gold BILOU tags.
/// </summary>
internal sealed class NerDocument
{
    public NerDocument(string text, Token[] tokens, int[] sentenceStarts, int[] gold)
    {
        Text = text;
        Tokens = tokens;
        SentenceStarts = sentenceStarts;
        Gold = gold;
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    /// <summary>The index of each sentence's first token.</summary>
    public int[] SentenceStarts { get; }

    /// <summary>The gold BILOU tag of each token.</summary>
    public int[] Gold { get; }

    /// <summary>Per token, whether training ignores its gold tag (a convention the source does not follow); or null.</summary>
    public bool[]? Masked { get; set; }

    /// <summary>
    /// The domain the document comes from when training with feature augmentation: 0 for the target domain (the text
    /// the model is for), 1, 2, ... for other sources whose domain-specific weights are dropped from the model.
    /// </summary>
    public int Domain { get; set; }

    public int SentenceCount => SentenceStarts.Length;

    public (int Start, int End) SentenceRange(int sentence) =>
        (SentenceStarts[sentence], sentence + 1 < SentenceStarts.Length ? SentenceStarts[sentence + 1] : Tokens.Length);

    /// <summary>The sentences as the tagger sees them: (first token, token count), cut into pieces of at most <see cref="EntityTagger.MaxSentenceTokens"/>.</summary>
    public IEnumerable<(int Start, int Length)> TaggingPieces()
    {
        for (int s = 0; s < SentenceCount; s++)
        {
            (int sentenceStart, int sentenceEnd) = SentenceRange(s);
            for (int start = sentenceStart; start < sentenceEnd; start += EntityTagger.MaxSentenceTokens)
            {
                yield return (start, Math.Min(sentenceEnd, start + EntityTagger.MaxSentenceTokens) - start);
            }
        }
    }

    public ReadOnlySpan<char> WordOf(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Span.Length);

    /// <summary>
    /// Reads a CoNLL file (<c>token&lt;TAB&gt;tag</c>, IOB2, blank line between sentences, <c>-DOCSTART-</c> between
    /// documents; gzip when the file starts with the gzip magic). A file without <c>-DOCSTART-</c> lines gives one
    /// document per sentence. Only the first and last columns are read, so CoNLL-2003 style files work too.
    /// </summary>
    /// <exception cref="InvalidDataException">A line has an unknown tag; the message names file and line.</exception>
    public static List<NerDocument> ReadConll(string path)
    {
        using Stream file = File.OpenRead(path);
        Stream input = file;
        byte[] magic = new byte[2];
        int read = file.Read(magic, 0, 2);
        file.Position = 0;
        if (read == 2 && magic[0] == 0x1F && magic[1] == 0x8B)
        {
            input = new GZipStream(file, CompressionMode.Decompress);
        }

        using var reader = new StreamReader(input, Encoding.UTF8);
        var documents = new List<NerDocument>();
        var builder = new Builder();
        bool sawDocStart = false;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            ReadOnlySpan<char> trimmed = line.AsSpan().TrimEnd();
            if (trimmed.Length == 0)
            {
                if (builder.EndSentence() && !sawDocStart)
                {
                    documents.Add(builder.Build());
                }

                continue;
            }

            if (trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                builder.EndSentence();
                if (builder.HasTokens)
                {
                    documents.Add(builder.Build());
                }

                sawDocStart = true;
                continue;
            }

            int firstSeparator = trimmed.IndexOfAny('\t', ' ');
            int lastSeparator = trimmed.LastIndexOfAny('\t', ' ');
            if (firstSeparator <= 0)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'token<TAB>tag', found '{line}'.");
            }

            ReadOnlySpan<char> word = trimmed[..firstSeparator];
            ReadOnlySpan<char> tag = trimmed[(lastSeparator + 1)..];
            if (!EntityTags.TryParseIob(tag, out bool begins, out EntityLabel type, out bool outside))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: unknown tag '{tag}' (expected O, B-/I- with PER, LOC, ORG or MISC).");
            }

            builder.Add(word, outside ? -1 : (int)type, begins);
        }

        builder.EndSentence();
        if (builder.HasTokens)
        {
            documents.Add(builder.Build());
        }

        return documents;
    }

    private sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<Token> _tokens = [];
        private readonly List<int> _sentenceStarts = [];
        private readonly List<int> _types = [];
        private readonly List<bool> _starts = [];
        private int _sentenceStart;

        public bool HasTokens => _tokens.Count > 0;

        public void Add(ReadOnlySpan<char> word, int type, bool begins)
        {
            if (_tokens.Count > _sentenceStart)
            {
                _text.Append(' ');
            }
            else if (_text.Length > 0)
            {
                _text.Append('\n');
            }

            int start = _text.Length;
            _text.Append(word);
            _tokens.Add(new Token(new TextSpan(start, _text.Length), TokenKind.Word));
            _types.Add(type);
            _starts.Add(begins || _tokens.Count - 1 == _sentenceStart);
        }

        /// <summary>Closes the current sentence; false when it was empty.</summary>
        public bool EndSentence()
        {
            if (_tokens.Count == _sentenceStart)
            {
                return false;
            }

            _sentenceStarts.Add(_sentenceStart);
            _sentenceStart = _tokens.Count;
            return true;
        }

        public NerDocument Build()
        {
            var gold = new int[_tokens.Count];
            EntityTags.FromSpans(_types.ToArray(), _starts.ToArray(), gold);
            var document = new NerDocument(_text.ToString(), [.. _tokens], [.. _sentenceStarts], gold);
            _text.Clear();
            _tokens.Clear();
            _sentenceStarts.Clear();
            _types.Clear();
            _starts.Clear();
            _sentenceStart = 0;
            return document;
        }
    }
}
