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
    /// <remarks>Read from the join tables, so the cost follows the articles that share something, not the store's size.</remarks>
    private static async Task<IReadOnlyList<ArticleCard>> RelatedAsync(NewsDbContext db, int articleId, CancellationToken cancellationToken)
    {
        var topics = db.Set<Dictionary<string, object>>("ArticleTopics");
        var places = db.Set<Dictionary<string, object>>("ArticlePlaces");
        var topicIds = topics.Where(j => EF.Property<int>(j, "ArticleId") == articleId).Select(j => EF.Property<int>(j, "TopicId"));
        var placeIds = places.Where(j => EF.Property<int>(j, "ArticleId") == articleId).Select(j => EF.Property<int>(j, "PlaceId"));
        var sharing = topics.Where(j => topicIds.Contains(EF.Property<int>(j, "TopicId"))).Select(j => EF.Property<int>(j, "ArticleId"))
            .Concat(places.Where(j => placeIds.Contains(EF.Property<int>(j, "PlaceId"))).Select(j => EF.Property<int>(j, "ArticleId")));
        var ranked = await sharing
            .Where(id => id != articleId)
            .GroupBy(id => id)
            .Select(g => new { Id = g.Key, Shared = g.Count() })
            .Join(db.Articles, g => g.Id, a => a.Id, (g, a) => new { g.Id, g.Shared, a.SortDateUtc })
            .OrderByDescending(x => x.Shared).ThenByDescending(x => x.SortDateUtc).ThenByDescending(x => x.Id)
            .Take(RelatedCount)
            .Select(x => x.Id)
            .ToListAsync(cancellationToken);
        if (ranked.Count == 0)
        {
            return [];
        }

        var cards = await db.Articles.AsNoTracking().Where(a => ranked.Contains(a.Id)).ToCardsAsync(db, cancellationToken);
        return [.. cards.OrderBy(c => ranked.IndexOf(c.Id))];
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
