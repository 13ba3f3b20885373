using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Places;

public sealed class PlaceModel(NewsDbContext db) : PageModel
{
    private const int MaxArticles = 50;
    private const int MaxPhotos = 24;

    public string Name { get; private set; } = "";

    public IReadOnlyList<ArticleCard> Articles { get; private set; } = [];

    public IReadOnlyList<PhotoLink> Photos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var place = await db.Places.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken);
        if (place is null)
        {
            return NotFound();
        }

        Name = place.Name;
        Articles = await db.Articles.AsNoTracking()
            .Where(a => a.Places.Any(t => t.Id == place.Id))
            .OrderByDescending(a => a.SortDateUtc).ThenByDescending(a => a.Id)
            .Take(MaxArticles)
            .Select(Projections.ToArticleCard)
            .ToListAsync(cancellationToken);
        Photos = await db.Photos.AsNoTracking()
            .Where(p => p.Article.Places.Any(t => t.Id == place.Id))
            .OrderByDescending(p => p.Article.SortDateUtc).ThenBy(p => p.ArticleId).ThenBy(p => p.Position)
            .Take(MaxPhotos)
            .Select(PhotoLinks.ToPhotoLink)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
