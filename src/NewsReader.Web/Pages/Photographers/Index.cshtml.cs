using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Photographers;

public sealed class IndexModel(NewsDbContext db) : PageModel
{
    public IReadOnlyList<Facet> Photographers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Photographers = await db.Photographers.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new Facet("/photographers/" + t.Slug, t.Name, t.Photos.Count))
            .ToListAsync(cancellationToken);
}
