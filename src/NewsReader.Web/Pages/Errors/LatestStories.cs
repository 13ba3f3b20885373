using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Infrastructure;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Errors;

/// <summary>
/// The newest stories the "not found" page offers, kept until an ingest batch changes the store. A 404 is never
/// output-cached (a crawler probing for /wp-login.php gets a fresh one each time), so it should cost the store nothing.
/// Stories another process writes (<c>newsreader ingest</c> into the site's store) show within
/// <see cref="StoreChangeEviction.OtherWritersShowWithin"/>.
/// </summary>
public sealed class LatestStories(TimeProvider clock)
{
    public const int Count = 5;

    private readonly KeptUntilChanged<IReadOnlyList<ArticleCard>> _cards = new(clock, StoreChangeEviction.OtherWritersShowWithin);

    public async Task<IReadOnlyList<ArticleCard>> GetAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_cards.Value is { } cards)
        {
            return cards;
        }

        var generation = _cards.Generation;
        var latest = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.SortDateUtc).ThenByDescending(a => a.Id)
            .Take(Count)
            .ToCardsAsync(db, cancellationToken);
        return _cards.Keep(latest, generation);
    }

    /// <summary>The store changed: the next "not found" page reads the newest stories again.</summary>
    public void Invalidate() => _cards.Invalidate();
}
