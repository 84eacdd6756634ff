using System.Runtime.CompilerServices;

namespace Extraction.Tests;

public class StreamingTests
{
    private static readonly Extractor s_french = Extractor.Create(new ExtractorOptions { Languages = [Language.French], MaxDegreeOfParallelism = 2 });

    [Fact]
    public async Task Documents_come_back_in_input_order_with_their_ids()
    {
        var ids = new List<string?>();
        await foreach (Document doc in s_french.ExtractManyAsync(Inputs(200)))
        {
            ids.Add(doc.Id);
        }

        ids.Should().Equal(Enumerable.Range(0, 200).Select(i => $"doc-{i}"));
    }

    [Fact]
    public async Task Texts_without_ids_come_back_in_order()
    {
        var texts = new List<string>();
        await foreach (Document doc in s_french.ExtractManyAsync(Texts(100)))
        {
            doc.Id.Should().BeNull();
            texts.Add(doc.Text);
        }

        texts.Should().Equal(Enumerable.Range(0, 100).Select(TextOf));
    }

    [Fact]
    public async Task Results_equal_those_of_Extract_one_by_one()
    {
        await foreach (Document doc in s_french.ExtractManyAsync(Inputs(50)))
        {
            Document alone = s_french.Extract(doc.Text);
            doc.Tokens.Should().Equal(alone.Tokens);
            doc.Sentences.Should().Equal(alone.Sentences);
        }
    }

    [Fact]
    public async Task Reading_ahead_is_bounded_by_twice_the_degree_of_parallelism()
    {
        var counter = new LeadCounter();
        int consumed = 0;
        await foreach (Document doc in s_french.ExtractManyAsync(counter.Inputs(300, () => consumed)))
        {
            if (consumed % 50 == 0)
            {
                // Lag behind for a while so the producer runs as far ahead as it is allowed to.
                for (int i = 0; i < 2_000; i++)
                {
                    await Task.Yield();
                }
            }

            consumed++;
        }

        consumed.Should().Be(300);

        // Twice the degree in the channel, one held by the blocked writer, one being taken by the caller.
        counter.MaxLead.Should().BeLessThanOrEqualTo((2 * 2) + 2);
    }

    [Fact]
    public async Task Cancellation_stops_the_stream_with_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        int seen = 0;
        Func<Task> act = async () =>
        {
            await foreach (Document doc in s_french.ExtractManyAsync(Inputs(100_000), cts.Token))
            {
                if (++seen == 5)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().BeLessThan(20);
    }

    [Fact]
    public async Task An_already_cancelled_token_yields_nothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        int seen = 0;
        Func<Task> act = async () =>
        {
            await foreach (Document doc in s_french.ExtractManyAsync(Inputs(10), cts.Token))
            {
                seen++;
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Be(0);
    }

    [Fact]
    public async Task An_error_in_the_inputs_surfaces_after_the_documents_before_it()
    {
        var ids = new List<string?>();
        Func<Task> act = async () =>
        {
            await foreach (Document doc in s_french.ExtractManyAsync(FailingInputs(failAt: 7)))
            {
                ids.Add(doc.Id);
            }
        };

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("input 7 is broken");
        ids.Should().Equal(Enumerable.Range(0, 7).Select(i => $"doc-{i}"));
    }

    [Fact]
    public async Task A_null_text_surfaces_at_its_place_in_the_order()
    {
        var ids = new List<string?>();
        Func<Task> act = async () =>
        {
            await foreach (Document doc in s_french.ExtractManyAsync(WithNullAt(3)))
            {
                ids.Add(doc.Id);
            }
        };

        await act.Should().ThrowAsync<ArgumentNullException>();
        ids.Should().Equal("doc-0", "doc-1", "doc-2");
    }

    [Fact]
    public async Task Stopping_early_stops_reading_the_inputs()
    {
        var counter = new LeadCounter();
        int consumed = 0;
        await foreach (Document doc in s_french.ExtractManyAsync(counter.Inputs(100_000, () => consumed)))
        {
            if (++consumed == 3)
            {
                break;
            }
        }

        counter.Pulled.Should().BeLessThanOrEqualTo(3 + (2 * 2) + 3);
    }

    [Fact]
    public void Null_inputs_throw_at_the_call()
    {
        Action act = () => s_french.ExtractManyAsync((IAsyncEnumerable<TextInput>)null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("inputs");
    }

    private static string TextOf(int i) => $"Texte numéro {i}. Le ministre a dit « bonjour » à Paris, selon l'AFP.";

    private static async IAsyncEnumerable<TextInput> Inputs(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new TextInput($"doc-{i}", TextOf(i));
        }
    }

    private static async IAsyncEnumerable<string> Texts(int count)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return TextOf(i);
        }
    }

    private static async IAsyncEnumerable<TextInput> FailingInputs(int failAt)
    {
        for (int i = 0; ; i++)
        {
            await Task.Yield();
            if (i == failAt)
            {
                throw new InvalidOperationException($"input {i} is broken");
            }

            yield return new TextInput($"doc-{i}", TextOf(i));
        }
    }

    private static async IAsyncEnumerable<TextInput> WithNullAt(int index)
    {
        for (int i = 0; i < 10; i++)
        {
            await Task.Yield();
            yield return new TextInput($"doc-{i}", i == index ? null! : TextOf(i));
        }
    }

    private sealed class LeadCounter
    {
        public int Pulled { get; private set; }

        public int MaxLead { get; private set; }

        public async IAsyncEnumerable<TextInput> Inputs(int count, Func<int> consumed)
        {
            for (int i = 0; i < count; i++)
            {
                await Task.Yield();
                Pulled = i + 1;
                MaxLead = Math.Max(MaxLead, Pulled - consumed());
                yield return new TextInput($"doc-{i}", TextOf(i));
            }
        }
    }
}
