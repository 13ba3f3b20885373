using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Photographers;

public sealed class PhotographerModel(NewsDbContext db) : PageModel
{
    private const int MaxPhotos = 60;

    public string Name { get; private set; } = "";

    public IReadOnlyList<PhotoLink> Photos { get; private set; } = [];

    public IReadOnlyList<ArticleCard> Articles { get; private set; } = [];

    public int ArticleCount { get; private set; }

    public int PhotoCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var photographer = await db.Photographers.AsNoTracking().Where(p => p.Slug == slug).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(cancellationToken);
        if (photographer is null)
        {
            return NotFound();
        }

        Name = photographer.Name;
        (Articles, ArticleCount, Photos, PhotoCount) = await FacetStories.LoadAsync(
            db,
            a => a.Photos.Any(p => p.PhotographerId == photographer.Id),
            p => p.PhotographerId == photographer.Id,
            cancellationToken,
            MaxPhotos);
        return Page();
    }
}
