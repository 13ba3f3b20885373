using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Topics;

public sealed class TopicModel(NewsDbContext db) : PageModel
{
    public string Name { get; private set; } = "";

    public IReadOnlyList<ArticleCard> Articles { get; private set; } = [];

    public IReadOnlyList<PhotoLink> Photos { get; private set; } = [];

    public int ArticleCount { get; private set; }

    public int PhotoCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var topic = await db.Topics.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken);
        if (topic is null)
        {
            return NotFound();
        }

        Name = topic.Name;
        (Articles, ArticleCount, Photos, PhotoCount) = await FacetStories.LoadAsync(
            db,
            a => a.Topics.Any(t => t.Id == topic.Id),
            p => p.Article.Topics.Any(t => t.Id == topic.Id),
            cancellationToken);
        return Page();
    }
}
