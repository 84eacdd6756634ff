using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Extraction.Pipeline;

/// <summary>A growable buffer rented from the shared array pool; copied once into an exact-size result.</summary>
internal sealed class PooledList<T> : IDisposable
    where T : struct
{
    private T[] _items;
    private int _count;

    public PooledList(int capacity = 64)
    {
        _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 4));
    }

    public int Count => _count;

    public Span<T> AsSpan() => _items.AsSpan(0, _count);

    public ref T this[int index] => ref _items[index];

    public void Add(in T item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[_count++] = item;
    }

    public void Clear() => _count = 0;

    /// <summary>Drops the items from <paramref name="count"/> on.</summary>
    public void Truncate(int count) => _count = Math.Min(_count, count);

    public ImmutableArray<T> ToImmutableArray()
    {
        if (_count == 0)
        {
            return ImmutableArray<T>.Empty;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(_items.AsSpan(0, _count).ToArray());
    }

    public void Dispose()
    {
        T[] items = _items;
        _items = [];
        _count = 0;
        if (items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(items);
        }
    }

    private void Grow()
    {
        T[] bigger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, _count).CopyTo(bigger);
        ArrayPool<T>.Shared.Return(_items);
        _items = bigger;
    }
}
