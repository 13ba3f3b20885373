using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Topics;

public sealed class TopicModel(NewsDbContext db) : PageModel
{
    private const int MaxArticles = 50;
    private const int MaxPhotos = 24;

    public string Name { get; private set; } = "";

    public IReadOnlyList<ArticleCard> Articles { get; private set; } = [];

    public IReadOnlyList<PhotoLink> Photos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var topic = await db.Topics.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken);
        if (topic is null)
        {
            return NotFound();
        }

        Name = topic.Name;
        Articles = await db.Articles.AsNoTracking()
            .Where(a => a.Topics.Any(t => t.Id == topic.Id))
            .OrderByDescending(a => a.SortDateUtc).ThenByDescending(a => a.Id)
            .Take(MaxArticles)
            .Select(Projections.ToArticleCard)
            .ToListAsync(cancellationToken);
        Photos = await db.Photos.AsNoTracking()
            .Where(p => p.Article.Topics.Any(t => t.Id == topic.Id))
            .OrderByDescending(p => p.Article.SortDateUtc).ThenBy(p => p.ArticleId).ThenBy(p => p.Position)
            .Take(MaxPhotos)
            .Select(PhotoLinks.ToPhotoLink)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
