using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Data.Model;

namespace NewsReader.Web.Pages.Components;

/// <summary>The newest stories and photos of a topic, place or photographer, with how many there are in all.</summary>
public sealed record FacetListing(IReadOnlyList<ArticleCard> Articles, int ArticleCount, IReadOnlyList<PhotoLink> Photos, int PhotoCount)
{
    public static FacetListing Empty { get; } = new([], 0, [], 0);
}

/// <summary>A topic's or a place's page: its name under a link back to its index (<c>Topics</c>, <c>/topics</c>), then its listing.</summary>
public sealed record FacetPage(string IndexName, string IndexHref, string Name, FacetListing Listing);

/// <summary>The listing of one topic, place or photographer: the pages differ only in what they filter on.</summary>
public static class FacetStories
{
    private const int MaxArticles = 50;
    private const int DefaultMaxPhotos = 24;

    public static async Task<FacetListing> LoadAsync(
        NewsDbContext db,
        Expression<Func<Article, bool>> articleInFacet,
        Expression<Func<Photo, bool>> photoInFacet,
        CancellationToken cancellationToken,
        int maxPhotos = DefaultMaxPhotos)
    {
        var articles = await db.Articles.AsNoTracking()
            .Where(articleInFacet)
            .OrderByDescending(a => a.SortDateUtc).ThenByDescending(a => a.Id)
            .Take(MaxArticles)
            .ToCardsAsync(db, cancellationToken);
        var photos = await db.Photos.AsNoTracking()
            .Where(photoInFacet)
            .OrderByDescending(p => p.Article.SortDateUtc).ThenBy(p => p.ArticleId).ThenBy(p => p.Position)
            .Take(maxPhotos)
            .Select(PhotoLinks.ToPhotoLink)
            .ToListAsync(cancellationToken);

        // The lists are capped; the header says how many there are in all, as the index pages do.
        var articleCount = articles.Count < MaxArticles ? articles.Count : await db.Articles.CountAsync(articleInFacet, cancellationToken);
        var photoCount = photos.Count < maxPhotos ? photos.Count : await db.Photos.CountAsync(photoInFacet, cancellationToken);
        return new FacetListing(articles, articleCount, photos, photoCount);
    }
}
