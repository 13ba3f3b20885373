namespace NewsReader.Web.Infrastructure;

/// <summary>
/// A value read from the store or the media folder, kept until either changes. Whoever builds it reads
/// <see cref="Generation"/> first and hands it to <see cref="Keep"/>, so a value built from before a change
/// is never kept after it, however the two race.
/// </summary>
internal sealed class KeptUntilChanged<T>
    where T : class
{
    private T? _value;
    private int _generation;

    /// <summary>The kept value, or null when it must be built (again).</summary>
    public T? Value => Volatile.Read(ref _value);

    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Keeps <paramref name="value"/> unless a change came in since <paramref name="generation"/> was read; returns it either way.</summary>
    public T Keep(T value, int generation)
    {
        Interlocked.CompareExchange(ref _value, value, null);
        if (Generation != generation)
        {
            Interlocked.CompareExchange(ref _value, null, value);
        }

        return value;
    }

    /// <summary>Something changed: the next reader builds the value again.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _value, null);
    }
}
