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

    /// <summary>The most sentences one document gets when documents are cut at datelines.</summary>
    public const int MaxDatelineDocumentSentences = 200;

    /// <summary>
    /// Reads a CoNLL file (<c>token&lt;TAB&gt;tag</c>, IOB2, blank line between sentences, <c>-DOCSTART-</c> between
    /// documents; gzip when the file starts with the gzip magic). A file without <c>-DOCSTART-</c> lines gives one
    /// document per sentence, or, with <paramref name="splitAtDatelines"/>, a new document at each news dateline
    /// sentence (<c>Madrid , 23 may ( EFE ) .</c>; see <see cref="IsDateline"/>) and after
    /// <see cref="MaxDatelineDocumentSentences"/> sentences, so the tagger's document memory sees a whole article.
    /// Only the first and last columns are read, so CoNLL-2003 style files work too.
    /// </summary>
    /// <exception cref="InvalidDataException">A line has an unknown tag; the message names file and line.</exception>
    public static List<NerDocument> ReadConll(string path, bool splitAtDatelines = false)
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
        var sentence = new List<(string Word, int Type, bool Begins)>();
        bool sawDocStart = false;
        int lineNumber = 0;

        // A sentence is buffered whole, because whether it opens a document depends on all its words.
        void EndSentence()
        {
            if (sentence.Count == 0)
            {
                return;
            }

            if (splitAtDatelines && !sawDocStart && builder.HasTokens
                && (builder.SentenceCount >= MaxDatelineDocumentSentences || IsDateline(sentence.ConvertAll(t => t.Word))))
            {
                documents.Add(builder.Build());
            }

            foreach ((string word, int type, bool begins) in sentence)
            {
                builder.Add(word, type, begins);
            }

            builder.EndSentence();
            sentence.Clear();
            if (!splitAtDatelines && !sawDocStart)
            {
                documents.Add(builder.Build());
            }
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            ReadOnlySpan<char> trimmed = line.AsSpan().TrimEnd();
            if (trimmed.Length == 0)
            {
                EndSentence();
                continue;
            }

            if (trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndSentence();
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

            ReadOnlySpan<char> tag = trimmed[(lastSeparator + 1)..];
            if (!EntityTags.TryParseIob(tag, out bool begins, out EntityLabel type, out bool outside))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: unknown tag '{tag}' (expected O, B-/I- with PER, LOC, ORG or MISC).");
            }

            sentence.Add((trimmed[..firstSeparator].ToString(), outside ? -1 : (int)type, begins));
        }

        EndSentence();
        if (builder.HasTokens)
        {
            documents.Add(builder.Build());
        }

        return documents;
    }

    /// <summary>
    /// Whether a tokenized sentence is a news dateline that opens an article: at most 30 tokens, a capitalised first
    /// word, and an agency in capitals between brackets (<c>( EFE )</c>, <c>( AFP )</c>) followed by nothing but
    /// punctuation.
    /// </summary>
    internal static bool IsDateline(IReadOnlyList<string> words)
    {
        if (words.Count is < 4 or > 30 || words[0].Length == 0 || !char.IsUpper(words[0][0]))
        {
            return false;
        }

        int close = words.Count - 1;
        while (close >= 0 && words[close] is "." or "-" or "--" or ":" or "\u2014" or "\u2013")
        {
            close--;
        }

        return close >= 2 && words[close] == ")" && words[close - 2] == "(" && IsAgency(words[close - 1]);

        static bool IsAgency(string word)
        {
            if (word.Length is < 2 or > 12)
            {
                return false;
            }

            foreach (char c in word)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }
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

        public int SentenceCount => _sentenceStarts.Count;

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
