namespace NewsReader.Web.Infrastructure;

/// <summary>
/// A value read from the store or the media folder, kept until either changes. Whoever builds it reads
/// <see cref="Generation"/> first and hands it to <see cref="Keep"/>, so a value built from before a change
/// is never kept after it, however the two race. With a <c>maxAge</c>, a value is also built again once it is
/// that old: changes this process is never told of (another process writing to the store) show within it.
/// </summary>
internal sealed class KeptUntilChanged<T>(TimeProvider? clock = null, TimeSpan? maxAge = null)
    where T : class
{
    private Kept? _kept;
    private int _generation;

    /// <summary>The kept value, or null when it must be built (again).</summary>
    public T? Value => Volatile.Read(ref _kept) is { } kept && !IsTooOld(kept) ? kept.Value : null;

    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Keeps <paramref name="value"/> unless a change came in since <paramref name="generation"/> was read; returns it either way.</summary>
    public T Keep(T value, int generation)
    {
        var kept = new Kept(value, clock?.GetTimestamp() ?? 0);
        Volatile.Write(ref _kept, kept);
        if (Generation != generation)
        {
            Interlocked.CompareExchange(ref _kept, null, kept);
        }

        return value;
    }

    /// <summary>Something changed: the next reader builds the value again.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _kept, null);
    }

    private bool IsTooOld(Kept kept) => clock is not null && maxAge is { } age && clock.GetElapsedTime(kept.At) >= age;

    private sealed record Kept(T Value, long At);
}
