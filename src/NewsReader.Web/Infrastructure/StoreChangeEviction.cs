using Microsoft.AspNetCore.OutputCaching;
using NewsReader.Data.Ingest;
using NewsReader.Web.Pages.Articles;
using NewsReader.Web.Pages.Errors;

namespace NewsReader.Web.Infrastructure;

/// <summary>
/// Drops what the site keeps from the store once an ingest batch has changed it, so a new article or a
/// teaser that now leads to it shows on the next request instead of after the cache expires. The media
/// listing, the newest stories and the word counts go first, so the pages rendered next are built from the batch.
/// </summary>
internal sealed partial class StoreChangeEviction(
    IOutputCacheStore cache,
    MediaFiles media,
    LatestStories latest,
    WordDocumentCounts wordCounts,
    ILogger<StoreChangeEviction> logger) : IStoreChangeListener
{
    /// <summary>
    /// How long what the site keeps from the store may lag behind a change it is not told of: another process
    /// (<c>newsreader ingest</c>) writing to the same store. Pages expire sooner by themselves.
    /// </summary>
    public static readonly TimeSpan OtherWritersShowWithin = TimeSpan.FromSeconds(30);

    public async ValueTask StoreChangedAsync(CancellationToken cancellationToken)
    {
        media.Invalidate();
        latest.Invalidate();
        wordCounts.Invalidate();
        await cache.EvictByTagAsync(PageCache.Tag, cancellationToken);
        LogEvicted(PageCache.Tag);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Store changed: evicted cached pages tagged {CacheTag}")]
    private partial void LogEvicted(string cacheTag);
}
