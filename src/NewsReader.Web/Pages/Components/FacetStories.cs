using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Data.Model;

namespace NewsReader.Web.Pages.Components;

/// <summary>The newest stories and photos of one topic or place: the two pages differ only in the join they filter on.</summary>
public static class FacetStories
{
    private const int MaxArticles = 50;
    private const int MaxPhotos = 24;

    public static async Task<(IReadOnlyList<ArticleCard> Articles, IReadOnlyList<PhotoLink> Photos)> LoadAsync(
        NewsDbContext db,
        Expression<Func<Article, bool>> articleInFacet,
        Expression<Func<Photo, bool>> photoInFacet,
        CancellationToken cancellationToken)
    {
        var articles = await db.Articles.AsNoTracking()
            .Where(articleInFacet)
            .OrderByDescending(a => a.SortDateUtc).ThenByDescending(a => a.Id)
            .Take(MaxArticles)
            .ToCardsAsync(db, cancellationToken);
        var photos = await db.Photos.AsNoTracking()
            .Where(photoInFacet)
            .OrderByDescending(p => p.Article.SortDateUtc).ThenBy(p => p.ArticleId).ThenBy(p => p.Position)
            .Take(MaxPhotos)
            .Select(PhotoLinks.ToPhotoLink)
            .ToListAsync(cancellationToken);
        return (articles, photos);
    }
}
