using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Topics;

public sealed class IndexModel(NewsDbContext db) : PageModel
{
    public IReadOnlyList<Facet> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Topics = await Facets.TopicsByName(db)
            .ToListAsync(cancellationToken);
}
