using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction;

/// <summary>
/// Reads texts and returns their <see cref="Document"/>. Create one with <see cref="Create"/> and share it: it is
/// immutable and thread-safe, and its models are loaded once per process.
/// </summary>
public sealed class Extractor
{
    private readonly StagePlan?[] _plans;

    private Extractor(ExtractorOptions options, StagePlan?[] plans)
    {
        Options = options;
        _plans = plans;
    }

    /// <summary>The options the extractor was created with.</summary>
    public ExtractorOptions Options { get; }

    /// <summary>Validates the options and builds the pipelines for their languages.</summary>
    /// <param name="options">What to compute; <see langword="null"/> for the defaults.</param>
    /// <returns>A reusable, thread-safe extractor.</returns>
    /// <exception cref="ArgumentException">The options name no language, an unsupported one, or no layer.</exception>
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
        foreach (Language language in options.Languages)
        {
            if (!Enum.IsDefined(language))
            {
                throw new ArgumentException($"Unsupported language {(int)language}. Supported languages: fr, en, es.", nameof(options));
            }

            plans[(int)language] ??= StageCatalog.PlanFor(language, options.Layers);
        }

        return new Extractor(options with { Languages = [.. options.Languages.Distinct()] }, plans);
    }

    /// <summary>Reads one text, detecting its language among <see cref="ExtractorOptions.Languages"/>.</summary>
    /// <param name="text">The text; any string is accepted.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(null, text, LanguageGuesser.Guess(text, Options.Languages), CancellationToken.None);
    }

    /// <summary>Reads one text in a given language.</summary>
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
    /// <param name="cancellationToken">Stops the work between stages.</param>
    /// <returns>The document, carrying the input's id.</returns>
    /// <exception cref="ArgumentNullException">The input's text is null.</exception>
    public Document Extract(TextInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input.Text, nameof(input));
        return Run(input.Id, input.Text, LanguageGuesser.Guess(input.Text, Options.Languages), cancellationToken);
    }

    /// <summary>
    /// Reads a stream of texts in parallel (at most <see cref="ExtractorOptions.MaxDegreeOfParallelism"/> at once,
    /// about twice that in flight) and yields their documents in input order.
    /// </summary>
    /// <param name="inputs">The texts with their ids.</param>
    /// <param name="cancellationToken">Stops reading, processing and yielding.</param>
    /// <returns>The documents, in the order of the inputs.</returns>
    public async IAsyncEnumerable<Document> ExtractManyAsync(
        IAsyncEnumerable<TextInput> inputs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        int inFlight = Options.MaxDegreeOfParallelism * 2;
        var pending = Channel.CreateBounded<Task<Document>>(new BoundedChannelOptions(inFlight)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var throttle = new SemaphoreSlim(Options.MaxDegreeOfParallelism);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        CancellationToken token = linked.Token;

        Task producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (TextInput input in inputs.WithCancellation(token).ConfigureAwait(false))
                    {
                        await throttle.WaitAsync(token).ConfigureAwait(false);
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
                                    throttle.Release();
                                }
                            },
                            token);
                        await pending.Writer.WriteAsync(work, token).ConfigureAwait(false);
                    }

                    pending.Writer.TryComplete();
                }
                catch (Exception error)
                {
                    // Handed to the reader, which rethrows it in order.
                    pending.Writer.TryComplete(error);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (Task<Document> work in pending.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                yield return await work.ConfigureAwait(false);
            }
        }
        finally
        {
            await linked.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The consumer stopped early or was cancelled; the producer's cancellation is expected.
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private Document Run(string? id, string text, Language language, CancellationToken cancellationToken)
    {
        StagePlan plan = PlanOf(language);
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
