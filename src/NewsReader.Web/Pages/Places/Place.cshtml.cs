using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Places;

public sealed class PlaceModel(NewsDbContext db) : PageModel
{
    public string Name { get; private set; } = "";

    public FacetListing Listing { get; private set; } = FacetListing.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var place = await db.Places.AsNoTracking().Where(f => f.Slug == slug).Select(f => new { f.Id, f.Name }).FirstOrDefaultAsync(cancellationToken);
        if (place is null)
        {
            return NotFound();
        }

        Name = place.Name;
        Listing = await FacetStories.LoadAsync(
            db,
            a => a.Places.Any(t => t.Id == place.Id),
            p => p.Article.Places.Any(t => t.Id == place.Id),
            cancellationToken);
        return Page();
    }
}
