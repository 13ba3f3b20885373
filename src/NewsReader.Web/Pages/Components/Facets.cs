using Microsoft.EntityFrameworkCore;
using NewsReader.Data;

namespace NewsReader.Web.Pages.Components;

/// <summary>
/// Topics and places with their article counts, counted in the join tables' own indexes:
/// counting the navigation joins every link to its article row as well, a lookup per article in the store.
/// </summary>
public static class Facets
{
    public static IQueryable<Facet> TopicsByCount(NewsDbContext db)
    {
        var links = db.Set<Dictionary<string, object>>("ArticleTopics");
        return db.Topics.AsNoTracking()
            .Select(t => new { t.Slug, t.Name, Count = links.Count(j => EF.Property<int>(j, "TopicId") == t.Id) })
            .OrderByDescending(t => t.Count).ThenBy(t => t.Name)
            .Select(t => new Facet("/topics/" + t.Slug, t.Name, t.Count));
    }

    public static IQueryable<Facet> PlacesByCount(NewsDbContext db)
    {
        var links = db.Set<Dictionary<string, object>>("ArticlePlaces");
        return db.Places.AsNoTracking()
            .Select(p => new { p.Slug, p.Name, Count = links.Count(j => EF.Property<int>(j, "PlaceId") == p.Id) })
            .OrderByDescending(p => p.Count).ThenBy(p => p.Name)
            .Select(p => new Facet("/places/" + p.Slug, p.Name, p.Count));
    }

    public static IQueryable<Facet> TopicsByName(NewsDbContext db)
    {
        var links = db.Set<Dictionary<string, object>>("ArticleTopics");
        return db.Topics.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new Facet("/topics/" + t.Slug, t.Name, links.Count(j => EF.Property<int>(j, "TopicId") == t.Id)));
    }

    public static IQueryable<Facet> PlacesByName(NewsDbContext db)
    {
        var links = db.Set<Dictionary<string, object>>("ArticlePlaces");
        return db.Places.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new Facet("/places/" + p.Slug, p.Name, links.Count(j => EF.Property<int>(j, "PlaceId") == p.Id)));
    }
}
