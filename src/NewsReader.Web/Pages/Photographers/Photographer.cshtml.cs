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

    public FacetListing Listing { get; private set; } = FacetListing.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var photographer = await db.Photographers.AsNoTracking().Where(f => f.Slug == slug).Select(f => new { f.Id, f.Name }).FirstOrDefaultAsync(cancellationToken);
        if (photographer is null)
        {
            return NotFound();
        }

        Name = photographer.Name;
        Listing = await FacetStories.LoadAsync(
            db,
            a => a.Photos.Any(p => p.PhotographerId == photographer.Id),
            p => p.PhotographerId == photographer.Id,
            cancellationToken,
            MaxPhotos);
        return Page();
    }
}
