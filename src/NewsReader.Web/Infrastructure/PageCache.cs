namespace NewsReader.Web.Infrastructure;

/// <summary>
/// Rendered pages are kept in memory for a few seconds: pages only change when an article is
/// ingested, and a new article may wait that long to appear. Evict <see cref="Tag"/> to show it at once.
/// </summary>
public static class PageCache
{
    public const string Policy = "pages";

    public const string Tag = "pages";
}
