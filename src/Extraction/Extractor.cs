using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction;

/// <summary>
/// Reads texts and returns their <see cref="Document"/>. Create one with <see cref="Create"/> and share it: it is
/// immutable and thread-safe, and its models are loaded once per process.
/// </summary>
/// <example>
/// <code>
/// Extractor extractor = Extractor.Create(new ExtractorOptions { Languages = [Language.French] });
/// Document doc = extractor.Extract("« Nous tiendrons », a déclaré Marie Curie à Paris.");
/// foreach (Claim claim in doc.Claims)
/// {
///     Console.WriteLine($"{claim.SpeakerCanonical}: {doc.TextOf(claim.Content)}");
/// }
/// </code>
/// </example>
public sealed class Extractor
{
    private readonly StagePlan?[] _plans;
    private readonly LanguageDetector _detector;

    private Extractor(ExtractorOptions options, StagePlan?[] plans, LanguageDetector detector, UserResources resources)
    {
        Options = options;
        _plans = plans;
        _detector = detector;
        Resources = resources;
    }

    /// <summary>The options the extractor was created with (languages without duplicates).</summary>
    public ExtractorOptions Options { get; }

    /// <summary>The caller's additions (reporting verbs, gazetteer entries, model files), frozen.</summary>
    internal UserResources Resources { get; }

    /// <summary>Validates the options, freezes the caller's word lists and builds the pipelines for their languages.</summary>
    /// <param name="options">What to compute; <see langword="null"/> for the defaults.</param>
    /// <returns>A reusable, thread-safe extractor.</returns>
    /// <remarks>
    /// Create one extractor per set of options and keep it for the life of the process: creation checks every
    /// option and loads the caller's own model files; the built-in models load lazily, once per process, and are
    /// shared by every extractor.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// The options name no language, an unsupported one, no layer, or an invalid extension entry (the message
    /// names the property and the entry).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ExtractorOptions.MaxDegreeOfParallelism"/> is below 1.</exception>
    /// <exception cref="ModelLoadException">A file of <see cref="ExtractorOptions.NerModelPaths"/> is missing or unreadable.</exception>
    public static Extractor Create(ExtractorOptions? options = null)
    {
        options ??= new ExtractorOptions();
        if (options.Languages is null || options.Languages.Count == 0)
        {
            throw new ArgumentException("ExtractorOptions.Languages must name at least one language (fr, en, es).", nameof(options));
        }

        if (options.MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism, "ExtractorOptions.MaxDegreeOfParallelism must be at least 1.");
        }

        if (options.Layers == Layers.None || (options.Layers & ~Layers.All) != Layers.None)
        {
            throw new ArgumentException($"ExtractorOptions.Layers must name one or more of {Layers.All}; it is {options.Layers}.", nameof(options));
        }

        var plans = new StagePlan?[LanguageCodes.Supported.Count];
        var languages = new List<Language>(options.Languages.Count);
        foreach (Language language in options.Languages)
        {
            if (!Enum.IsDefined(language))
            {
                throw new ArgumentException($"Unsupported language {(int)language}. Supported languages: fr, en, es.", nameof(options));
            }

            if (!languages.Contains(language))
            {
                languages.Add(language);
            }
        }

        UserResources resources = UserResources.From(options, languages);
        foreach (Language language in languages)
        {
            plans[(int)language] = StageCatalog.PlanFor(language, options.Layers, resources);
        }

        return new Extractor(options with { Languages = languages.AsReadOnly() }, plans, LanguageDetector.For(languages), resources);
    }

    /// <summary>Reads one text, detecting its language among <see cref="ExtractorOptions.Languages"/>.</summary>
    /// <param name="text">The text; any string is accepted (an empty one gives an empty document).</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(null, text, _detector.Detect(text), CancellationToken.None);
    }

    /// <summary>Reads one text; the same as <see cref="Extract(string)"/>, under the name the specification uses.</summary>
    /// <param name="text">The text; any string is accepted.</param>
    /// <returns>The document.</returns>
    /// <remarks>
    /// <see cref="Extract(string)"/> is the primary name (it matches <see cref="ExtractManyAsync(IAsyncEnumerable{TextInput}, CancellationToken)"/>
    /// and the <c>extract</c> tool); this alias exists for callers who look for the usual pipeline verb.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document Process(string text) => Extract(text);

    /// <summary>Reads one text in a given language, without detection.</summary>
    /// <param name="text">The text; any string is accepted.</param>
    /// <param name="language">The language of the text; it must be one of <see cref="ExtractorOptions.Languages"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not one of the extractor's languages.</exception>
    public Document Extract(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(null, text, language, CancellationToken.None);
    }

    /// <summary>Reads one text with its id, detecting its language.</summary>
    /// <param name="input">The id and text.</param>
    /// <returns>The document, carrying the input's id.</returns>
    /// <exception cref="ArgumentNullException">The input's text is null.</exception>
    public Document Extract(TextInput input) => Extract(input, CancellationToken.None);

    /// <summary>Reads one text with its id, detecting its language; stops when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="input">The id and text.</param>
    /// <param name="cancellationToken">Stops the work between stages and every few thousand tokens.</param>
    /// <returns>The document, carrying the input's id.</returns>
    /// <exception cref="ArgumentNullException">The input's text is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Document Extract(TextInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input.Text, nameof(input));
        return Run(input.Id, input.Text, _detector.Detect(input.Text), cancellationToken);
    }

    /// <summary>
    /// Reads a stream of texts in parallel (at most <see cref="ExtractorOptions.MaxDegreeOfParallelism"/> at once)
    /// and yields their documents in input order.
    /// </summary>
    /// <param name="inputs">The texts with their ids.</param>
    /// <param name="cancellationToken">Stops reading, processing and yielding.</param>
    /// <returns>The documents, in the order of the inputs, each carrying its input's id.</returns>
    /// <remarks>
    /// Memory stays bounded whatever the length of the stream: at most about twice the degree of parallelism of
    /// inputs are read ahead and held until the caller takes their documents. An input's error (a null text, an
    /// exception thrown by <paramref name="inputs"/>) surfaces at its place in the order, after the documents
    /// before it; stopping the enumeration early stops the work and waits for what was running.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ by the element type of the stream; an optional CancellationToken is the convention for IAsyncEnumerable methods.")]
    public IAsyncEnumerable<Document> ExtractManyAsync(IAsyncEnumerable<TextInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return ExtractOrderedAsync(inputs, cancellationToken);
    }

    /// <summary>Reads a stream of texts without ids in parallel and yields their documents in input order.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="cancellationToken">Stops reading, processing and yielding.</param>
    /// <returns>The documents, in the order of the texts (their <see cref="Document.Id"/> is null).</returns>
    /// <remarks>Works as <see cref="ExtractManyAsync(IAsyncEnumerable{TextInput}, CancellationToken)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ by the element type of the stream; an optional CancellationToken is the convention for IAsyncEnumerable methods.")]
    public IAsyncEnumerable<Document> ExtractManyAsync(IAsyncEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return ExtractOrderedAsync(WithoutIds(texts, cancellationToken), cancellationToken);
    }

    private static async IAsyncEnumerable<TextInput> WithoutIds(IAsyncEnumerable<string> texts, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (string text in texts.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new TextInput(null, text);
        }
    }

    // One producer reads the inputs and starts a task per input, at most MaxDegreeOfParallelism running (the
    // semaphore); the tasks go, in input order, through a channel bounded to twice that, which the caller drains
    // by awaiting each task in turn. Errors travel inside the tasks, so they surface in order and none is lost.
    private async IAsyncEnumerable<Document> ExtractOrderedAsync(
        IAsyncEnumerable<TextInput> inputs,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int degree = Options.MaxDegreeOfParallelism;
        Channel<Task<Document>> pending = Channel.CreateBounded<Task<Document>>(new BoundedChannelOptions(degree * 2)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        var running = new SemaphoreSlim(degree, degree);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        CancellationToken token = stop.Token;

        Task producer = Task.Run(() => ProduceAsync(inputs, pending.Writer, running, token), CancellationToken.None);
        try
        {
            while (await pending.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                while (pending.Reader.TryRead(out Task<Document>? work))
                {
                    yield return await work.ConfigureAwait(false);
                }
            }

            // The producer's own failure (the inputs threw, or were cancelled) comes after the documents of the
            // inputs read before it.
            await producer.ConfigureAwait(false);
        }
        finally
        {
            // The caller stopped early, was cancelled, or met an error: stop the producer, then wait for every
            // started task so none runs on after we return and none leaves an unobserved exception.
            await stop.CancelAsync().ConfigureAwait(false);
            while (await pending.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                while (pending.Reader.TryRead(out Task<Document>? work))
                {
                    await ((Task)work).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    _ = work.Exception;
                }
            }

            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _ = producer.Exception;
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task ProduceAsync(IAsyncEnumerable<TextInput> inputs, ChannelWriter<Task<Document>> pending, SemaphoreSlim running, CancellationToken token)
    {
        try
        {
            await ProduceEachAsync(inputs, pending, running, token).ConfigureAwait(false);
        }
        finally
        {
            pending.TryComplete();
        }
    }

    private async Task ProduceEachAsync(IAsyncEnumerable<TextInput> inputs, ChannelWriter<Task<Document>> pending, SemaphoreSlim running, CancellationToken token)
    {
        await foreach (TextInput input in inputs.WithCancellation(token).ConfigureAwait(false))
        {
            await running.WaitAsync(token).ConfigureAwait(false);
            TextInput current = input;
            Task<Document> work = Task.Run(
                () =>
                {
                    try
                    {
                        return Extract(current, token);
                    }
                    finally
                    {
                        running.Release();
                    }
                },
                CancellationToken.None);

            // Not cancellable: once started, a task must reach the reader, which drains the channel even when it
            // stops early, so this write always completes.
            await pending.WriteAsync(work, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private Document Run(string? id, string text, Language language, CancellationToken cancellationToken)
    {
        StagePlan plan = PlanOf(language);
        cancellationToken.ThrowIfCancellationRequested();
        using var work = new Annotations(id, text, language);
        if (text.AsSpan().Trim().Length > 0)
        {
            plan.Run(work, cancellationToken);
        }

        return work.Freeze(Options.IncludeTokens && (Options.Layers & Layers.Tokens) != 0);
    }

    private StagePlan PlanOf(Language language)
    {
        int index = (int)language;
        if ((uint)index >= (uint)_plans.Length || _plans[index] is not { } plan)
        {
            throw new ArgumentException(
                $"Language {language} is not among this extractor's languages ({string.Join(", ", Options.Languages.Select(LanguageCodes.ToCode))}); add it to ExtractorOptions.Languages.",
                nameof(language));
        }

        return plan;
    }
}
