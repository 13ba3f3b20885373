using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Articles;

/// <summary>
/// Everything the article page shows, read by the article's id in narrow compiled queries. The page is
/// rendered on every request after an ingest batch evicts the cache, so per-request query work counts:
/// a compiled query skips EF's expression tree walk and cache lookup, and a query by id avoids repeating
/// the slug lookup in every collection query as a split query would.
/// </summary>
public static class ArticleQuery
{
    private static readonly Func<NewsDbContext, string, CancellationToken, Task<ArticleView?>> BySlug =
        EF.CompileAsyncQuery((NewsDbContext db, string slug, CancellationToken _) => db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new ArticleView(
                a.Id,
                a.Slug,
                a.Headline,
                a.Byline,
                a.DatelineText,
                a.DatelineAgency,
                a.PublishedOn,
                a.SortDateUtc,
                a.LastIngestedUtc,
                a.ReadingTimeMinutes,
                a.Paragraphs,
                a.SiteName,
                Array.Empty<PhotoView>(),
                Array.Empty<Link>(),
                Array.Empty<Link>(),
                Array.Empty<TeaserList>(),
                Array.Empty<ArticleCard>()))
            .FirstOrDefault());

    private static readonly Func<NewsDbContext, int, IAsyncEnumerable<PhotoView>> PhotosOf =
        EF.CompileAsyncQuery((NewsDbContext db, int id) => db.Photos.AsNoTracking()
            .Where(p => p.ArticleId == id)
            .OrderBy(p => p.Position)
            .Select(Projections.ToPhotoView));

    private static readonly Func<NewsDbContext, int, IAsyncEnumerable<Link>> TopicsOf =
        EF.CompileAsyncQuery((NewsDbContext db, int id) => db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .SelectMany(a => a.Topics)
            .OrderBy(t => t.Name)
            .Select(t => new Link("/topics/" + t.Slug, t.Name)));

    private static readonly Func<NewsDbContext, int, IAsyncEnumerable<Link>> PlacesOf =
        EF.CompileAsyncQuery((NewsDbContext db, int id) => db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .SelectMany(a => a.Places)
            .OrderBy(p => p.Name)
            .Select(p => new Link("/places/" + p.Slug, p.Name)));

    // A teaser whose story arrived under a slightly different headline has no target yet: the key still finds it,
    // the newest story first, as the teaser page's redirect does.
    private static readonly Func<NewsDbContext, int, IAsyncEnumerable<TeaserRow>> TeasersOf =
        EF.CompileAsyncQuery((NewsDbContext db, int id) => db.Teasers.AsNoTracking()
            .Where(t => t.RelatedList.ArticleId == id)
            .OrderBy(t => t.RelatedList.Position).ThenBy(t => t.RelatedListId).ThenBy(t => t.Position)
            .Select(t => new TeaserRow(
                t.RelatedListId,
                t.RelatedList.Heading,
                new TeaserView(
                    t.Title,
                    t.Summary,
                    t.TargetArticle != null
                        ? "/articles/" + t.TargetArticle.Slug
                        : db.Articles.Where(x => x.HeadlineKey == t.TitleKey)
                            .OrderByDescending(x => x.SortDateUtc).ThenByDescending(x => x.Id)
                            .Select(x => "/articles/" + x.Slug).FirstOrDefault()
                            ?? "/stories/" + t.StorySlug))));

    public static async Task<ArticleView?> LoadAsync(NewsDbContext db, string slug, WordDocumentCounts wordCounts, CancellationToken cancellationToken)
    {
        // One open for all the queries: EF otherwise opens the connection for each one, and every open
        // takes the pool's lock and registers EF's SQL functions on the native connection again.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var article = await BySlug(db, slug, cancellationToken);
            if (article is null)
            {
                return null;
            }

            var teasers = await TeasersOf(db, article.Id).ToListAsync(cancellationToken);
            return article with
            {
                Photos = await PhotosOf(db, article.Id).ToListAsync(cancellationToken),
                Topics = await TopicsOf(db, article.Id).ToListAsync(cancellationToken),
                Places = await PlacesOf(db, article.Id).ToListAsync(cancellationToken),
                RelatedLists = [.. teasers.GroupBy(t => (t.ListId, t.Heading)).Select(g => new TeaserList(g.Key.Heading, [.. g.Select(t => t.Teaser)]))],
                Related = await RelatedStories.LoadAsync(db, article, wordCounts, cancellationToken),
            };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record TeaserRow(int ListId, string Heading, TeaserView Teaser);
}

public sealed record ArticleView(
    int Id,
    string Slug,
    string Headline,
    string? Byline,
    string? DatelineText,
    string? DatelineAgency,
    DateOnly? PublishedOn,
    DateTime SortDateUtc,
    DateTime LastIngestedUtc,
    int ReadingTimeMinutes,
    IReadOnlyList<string> Paragraphs,
    string? SiteName,
    IReadOnlyList<PhotoView> Photos,
    IReadOnlyList<Link> Topics,
    IReadOnlyList<Link> Places,
    IReadOnlyList<TeaserList> RelatedLists,
    IReadOnlyList<ArticleCard> Related);

public sealed record Link(string Href, string Text);

public sealed record TeaserList(string Heading, IReadOnlyList<TeaserView> Teasers);

public sealed record TeaserView(string Title, string? Summary, string Href);
