using System.Collections.Concurrent;
using NewsReader.Web.Infrastructure;

namespace NewsReader.Web.Pages.Articles;

/// <summary>
/// How many stored stories each word of the related-stories lookup appears in, kept until an ingest batch
/// changes the store. Reading a word's count from the full-text vocabulary is the costliest part of an
/// uncached article render (about 20 µs a word, twelve words a story), and the counts only change on ingest.
/// Counts are read again once <see cref="StoreChangeEviction.OtherWritersShowWithin"/> old, for ingests by
/// another process that this one is never told of.
/// </summary>
public sealed class WordDocumentCounts(TimeProvider clock)
{
    // Bounds memory on a store with a huge vocabulary; past it, words are read from the store every time.
    internal const int MaxWords = 100_000;

    private volatile Snapshot _snapshot = new(new(StringComparer.Ordinal), clock.GetTimestamp());

    /// <summary>The counts as they stand; a reader adds what it reads to the same instance, so a batch that committed meanwhile drops it whole.</summary>
    internal ConcurrentDictionary<string, long> Current
    {
        get
        {
            var snapshot = _snapshot;
            if (clock.GetElapsedTime(snapshot.Since) >= StoreChangeEviction.OtherWritersShowWithin)
            {
                Invalidate();
                return _snapshot.Counts;
            }

            return snapshot.Counts;
        }
    }

    internal static void Remember(ConcurrentDictionary<string, long> counts, string word, long documents)
    {
        if (counts.Count < MaxWords)
        {
            counts.TryAdd(word, documents);
        }
    }

    /// <summary>The store changed: counts are read again.</summary>
    public void Invalidate() => _snapshot = new(new(StringComparer.Ordinal), clock.GetTimestamp());

    private sealed record Snapshot(ConcurrentDictionary<string, long> Counts, long Since);
}
