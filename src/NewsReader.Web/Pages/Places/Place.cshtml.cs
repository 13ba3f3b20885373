using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Places;

public sealed class PlaceModel(NewsDbContext db) : PageModel
{
    public string Name { get; private set; } = "";

    public IReadOnlyList<ArticleCard> Articles { get; private set; } = [];

    public IReadOnlyList<PhotoLink> Photos { get; private set; } = [];

    public int ArticleCount { get; private set; }

    public int PhotoCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var place = await db.Places.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken);
        if (place is null)
        {
            return NotFound();
        }

        Name = place.Name;
        (Articles, ArticleCount, Photos, PhotoCount) = await FacetStories.LoadAsync(
            db,
            a => a.Places.Any(t => t.Id == place.Id),
            p => p.Article.Places.Any(t => t.Id == place.Id),
            cancellationToken);
        return Page();
    }
}
