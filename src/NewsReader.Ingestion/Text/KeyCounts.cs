using System.Buffers;
using System.Numerics;

namespace NewsReader.Ingestion.Text;

/// <summary>
/// How often each 64-bit key (a line's <see cref="FoldedEnds"/> or folded hash) was added, for at most a known number of
/// keys: an open-addressing table in pooled arrays, at most half full. Counting a region's repeats asks it once or
/// twice a line, where a dictionary's allocation and lookups cost more than the rest of the count.
/// </summary>
internal readonly ref struct KeyCounts
{
    /// <summary>The odd multiplier whose product's top bits pick a key's first slot.</summary>
    internal const ulong Multiplier = 0x9E3779B97F4A7C15UL;

    private readonly long[] _keys;
    private readonly int[] _counts;
    private readonly int _shift;
    private readonly int _mask;

    public KeyCounts(int maxKeys)
    {
        // Twice the keys must be a power of two an array can hold; a region of a page is far below it.
        ArgumentOutOfRangeException.ThrowIfNegative(maxKeys);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxKeys, 1 << 29);
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * maxKeys));
        _keys = ArrayPool<long>.Shared.Rent(size);
        _counts = ArrayPool<int>.Shared.Rent(size);
        _counts.AsSpan(0, size).Clear();
        _mask = size - 1;
        _shift = 64 - BitOperations.Log2((uint)size);
    }

    public void Add(long key) => Slot(key)++;

    /// <summary>How often <paramref name="key"/> was added (zero when never).</summary>
    public int this[long key] => Slot(key);

    public void Dispose()
    {
        if (_keys is not null)
        {
            ArrayPool<long>.Shared.Return(_keys);
            ArrayPool<int>.Shared.Return(_counts);
        }
    }

    // The key's slot, or the empty one where it would go: a slot is taken once its count is above zero.
    private ref int Slot(long key)
    {
        var i = (int)((ulong)key * Multiplier >> _shift) & _mask;
        while (_counts[i] != 0 && _keys[i] != key)
        {
            i = (i + 1) & _mask;
        }

        _keys[i] = key;
        return ref _counts[i];
    }
}
