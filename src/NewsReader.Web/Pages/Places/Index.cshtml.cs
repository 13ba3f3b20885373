using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Places;

public sealed class IndexModel(NewsDbContext db) : PageModel
{
    public IReadOnlyList<Facet> Places { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Places = await Facets.PlacesByName(db)
            .ToListAsync(cancellationToken);
}
