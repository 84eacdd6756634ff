namespace Extraction.Entities;

/// <summary>
/// What the document has tagged so far: for each capitalised word seen inside an entity, the entity types it had
/// (one bit per type). A fixed-size open-addressing table, cleared per document; once full it stops learning, so
/// memory and time stay bounded on any input.
/// </summary>
internal sealed class DocumentMemory
{
    private const int Capacity = 2048;
    private const int MaxFill = Capacity * 3 / 4;

    private readonly ulong[] _keys = new ulong[Capacity];
    private readonly byte[] _types = new byte[Capacity];
    private int _count;

    public void Clear()
    {
        if (_count > 0)
        {
            Array.Clear(_keys);
            Array.Clear(_types);
            _count = 0;
        }
    }

    /// <summary>The type bits remembered for a word hash (0 when none).</summary>
    public int Find(ulong word)
    {
        ulong key = word | 1;
        int slot = (int)(key >> 53) & (Capacity - 1);
        for (int probe = 0; probe < Capacity; probe++)
        {
            ulong found = _keys[slot];
            if (found == key)
            {
                return _types[slot];
            }

            if (found == 0)
            {
                return 0;
            }

            slot = (slot + 1) & (Capacity - 1);
        }

        return 0;
    }

    /// <summary>Remembers that a word was part of an entity of a type.</summary>
    public void Add(ulong word, EntityLabel type)
    {
        ulong key = word | 1;
        int slot = (int)(key >> 53) & (Capacity - 1);
        for (int probe = 0; probe < Capacity; probe++)
        {
            ulong found = _keys[slot];
            if (found == key)
            {
                _types[slot] |= (byte)(1 << (int)type);
                return;
            }

            if (found == 0)
            {
                if (_count >= MaxFill)
                {
                    return;
                }

                _keys[slot] = key;
                _types[slot] = (byte)(1 << (int)type);
                _count++;
                return;
            }

            slot = (slot + 1) & (Capacity - 1);
        }
    }

    /// <summary>Remembers the capitalised words of the entities of a tagged sentence.</summary>
    public void Learn(ReadOnlySpan<TokenInfo> sentence, ReadOnlySpan<int> tags)
    {
        for (int i = 0; i < sentence.Length; i++)
        {
            if (tags[i] != EntityTags.Outside && sentence[i].Case is Capitalization.Initial or Capitalization.AllUpper)
            {
                Add(sentence[i].Exact, EntityTags.TypeOf(tags[i]));
            }
        }
    }

    /// <summary>The memory feature of a token: its remembered type bits when it is capitalised, else 0.</summary>
    public int FeatureOf(in TokenInfo token) =>
        token.Case is Capitalization.Initial or Capitalization.AllUpper ? Find(token.Exact) : 0;
}
