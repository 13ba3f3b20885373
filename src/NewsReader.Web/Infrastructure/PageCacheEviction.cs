using Microsoft.AspNetCore.OutputCaching;
using NewsReader.Data.Ingest;

namespace NewsReader.Web.Infrastructure;

/// <summary>
/// Drops every cached page once an ingest batch has changed the store, so a new article or a
/// teaser that now leads to it shows on the next request instead of after the cache expires.
/// The media list goes first, so the pages rendered next see the batch's image files.
/// </summary>
internal sealed partial class PageCacheEviction(IOutputCacheStore cache, MediaFiles media, ILogger<PageCacheEviction> logger) : IStoreChangeListener
{
    public async ValueTask StoreChangedAsync(CancellationToken cancellationToken)
    {
        media.Invalidate();
        await cache.EvictByTagAsync(PageCache.Tag, cancellationToken);
        LogEvicted(PageCache.Tag);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Store changed: evicted cached pages tagged {CacheTag}")]
    private partial void LogEvicted(string cacheTag);
}
