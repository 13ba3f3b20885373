using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Articles;

/// <summary>Everything the article page shows, read in a few narrow queries.</summary>
public static class ArticleQuery
{
    private const int RelatedCount = 5;

    public static async Task<ArticleView?> LoadAsync(NewsDbContext db, string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
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
                a.Photos.OrderBy(p => p.Position).AsQueryable().Select(Projections.ToPhotoView).ToList(),
                a.Topics.OrderBy(t => t.Name).Select(t => new Link("/topics/" + t.Slug, t.Name)).ToList(),
                a.Places.OrderBy(p => p.Name).Select(p => new Link("/places/" + p.Slug, p.Name)).ToList(),
                a.RelatedLists.OrderBy(l => l.Position).Select(l => new TeaserList(
                    l.Heading,
                    l.Teasers.OrderBy(t => t.Position).Select(t => new TeaserView(
                        t.Title,
                        t.Summary,
                        t.TargetArticle != null
                            ? "/articles/" + t.TargetArticle.Slug
                            : db.Articles.Where(x => x.HeadlineKey == t.TitleKey).Select(x => "/articles/" + x.Slug).FirstOrDefault()
                                ?? "/stories/" + t.StorySlug)).ToList())).ToList(),
                new List<ArticleCard>()))
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);

        if (article is null)
        {
            return null;
        }

        return article with { Related = await RelatedAsync(db, article.Id, cancellationToken) };
    }

    /// <summary>Other articles that share the most topics and places with this one, newest first among equals.</summary>
    private static async Task<IReadOnlyList<ArticleCard>> RelatedAsync(NewsDbContext db, int articleId, CancellationToken cancellationToken)
    {
        var topicIds = db.Articles.Where(a => a.Id == articleId).SelectMany(a => a.Topics.Select(t => t.Id));
        var placeIds = db.Articles.Where(a => a.Id == articleId).SelectMany(a => a.Places.Select(p => p.Id));
        return await db.Articles.AsNoTracking()
            .Where(a => a.Id != articleId)
            .Select(a => new
            {
                Article = a,
                Shared = a.Topics.Count(t => topicIds.Contains(t.Id)) + a.Places.Count(p => placeIds.Contains(p.Id)),
            })
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared)
            .ThenByDescending(x => x.Article.SortDateUtc)
            .Take(RelatedCount)
            .Select(x => x.Article)
            .Select(Projections.ToArticleCard)
            .ToListAsync(cancellationToken);
    }
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
