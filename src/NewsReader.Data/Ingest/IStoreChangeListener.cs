namespace NewsReader.Data.Ingest;

/// <summary>
/// Told after an ingest batch has committed and added or changed at least one article, so whatever
/// keeps copies of what the store shows (the site's page cache) can drop them at once.
/// </summary>
public interface IStoreChangeListener
{
    ValueTask StoreChangedAsync(CancellationToken cancellationToken);
}

/// <summary>The listener when nothing keeps copies: the CLI and tests.</summary>
internal sealed class NoStoreChangeListener : IStoreChangeListener
{
    public ValueTask StoreChangedAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
