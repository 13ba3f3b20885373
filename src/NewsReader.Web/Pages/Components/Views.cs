using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Data.Model;

namespace NewsReader.Web.Pages.Components;

/// <summary>One photo as every page shows it: an image when a file is stored, else a caption card.</summary>
public sealed record PhotoView(
    int Position,
    string Caption,
    string? Credit,
    string? SlugLine,
    string? PhotographerName,
    string? PhotographerSlug,
    string? ImageFileName,
    int? ImageWidth,
    int? ImageHeight);

/// <summary>A photo placed in its gallery: the figure partial's model.</summary>
public sealed record PhotoFigure(PhotoView Photo, int Count, string ArticleSlug, PhotoSize Size);

public enum PhotoSize
{
    Lead,
    Card,
    Thumbnail,
}

/// <summary>An article in a list: the front page, a topic, a place, related stories.</summary>
public sealed record ArticleCard(
    int Id,
    string Slug,
    string Headline,
    string? Place,
    DateOnly? PublishedOn,
    DateTime SortDateUtc,
    int ReadingTimeMinutes,
    int PhotoCount,
    PhotoView? LeadPhoto);

public static class Projections
{
    public static readonly Expression<Func<Photo, PhotoView>> ToPhotoView = p => new PhotoView(
        p.Position,
        p.Caption,
        p.Credit,
        p.SlugLine,
        p.Photographer == null ? null : p.Photographer.Name,
        p.Photographer == null ? null : p.Photographer.Slug,
        p.ImageFileName,
        p.ImageWidth,
        p.ImageHeight);

    /// <summary>An article as a card, without its lead photo: <see cref="ArticleCards.ToCardsAsync"/> adds that.</summary>
    public static readonly Expression<Func<Article, ArticleCard>> ToArticleCard = a => new ArticleCard(
        a.Id,
        a.Slug,
        a.Headline,
        a.Places.Select(p => p.Name).FirstOrDefault() ?? a.DatelineText,
        a.PublishedOn,
        a.SortDateUtc,
        a.ReadingTimeMinutes,
        a.Photos.Count,
        null);

    /// <summary>
    /// A projection of a photo that includes its <see cref="PhotoView"/>: EF Core cannot translate a stored
    /// expression invoked inside another, so <see cref="ToPhotoView"/>'s body is spliced in where <c>view</c> stands.
    /// </summary>
    public static Expression<Func<Photo, T>> WithPhotoView<T>(Expression<Func<Photo, PhotoView, T>> shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var photo = shape.Parameters[0];
        var view = new ParameterSwap(ToPhotoView.Parameters[0], photo).Visit(ToPhotoView.Body);
        return Expression.Lambda<Func<Photo, T>>(new ParameterSwap(shape.Parameters[1], view).Visit(shape.Body), photo);
    }

    private sealed class ParameterSwap(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameter ? replacement : base.VisitParameter(node);
    }
}

/// <summary>A topic, place or photographer in a list, with how many articles or photos it has.</summary>
public sealed record Facet(string Href, string Name, int Count);

/// <summary>A photo shown away from its article: a topic's, a place's or a photographer's.</summary>
public sealed record PhotoLink(string ArticleSlug, string ArticleHeadline, int GalleryCount, PhotoView Photo);

public static class PhotoLinks
{
    public static readonly Expression<Func<Photo, PhotoLink>> ToPhotoLink = Projections.WithPhotoView((p, view) =>
        new PhotoLink(p.Article.Slug, p.Article.Headline, p.Article.Photos.Count, view));
}

public static class ArticleCards
{
    /// <summary>
    /// Reads the cards, then their lead photos by article id through the (ArticleId, Position) index:
    /// a "first photo" inside the card query becomes a window over every photo in the store.
    /// </summary>
    public static async Task<List<ArticleCard>> ToCardsAsync(this IQueryable<Article> articles, NewsDbContext db, CancellationToken cancellationToken)
    {
        var cards = await articles.Select(Projections.ToArticleCard).ToListAsync(cancellationToken);
        var ids = cards.Where(c => c.PhotoCount > 0).Select(c => c.Id).ToList();
        if (ids.Count == 0)
        {
            return cards;
        }

        var leads = await db.Photos.AsNoTracking()
            .Where(p => ids.Contains(p.ArticleId) && p.Position == 1)
            .Select(Projections.WithPhotoView((p, view) => new { p.ArticleId, Photo = view }))
            .ToListAsync(cancellationToken);
        var byArticle = leads.GroupBy(l => l.ArticleId).ToDictionary(g => g.Key, g => g.First().Photo);
        return [.. cards.Select(c => byArticle.TryGetValue(c.Id, out var lead) ? c with { LeadPhoto = lead } : c)];
    }
}
