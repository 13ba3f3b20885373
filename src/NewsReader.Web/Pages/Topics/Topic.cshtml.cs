using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Topics;

public sealed class TopicModel(NewsDbContext db) : PageModel
{
    public string Name { get; private set; } = "";

    public FacetListing Listing { get; private set; } = FacetListing.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var topic = await db.Topics.AsNoTracking().Where(f => f.Slug == slug).Select(f => new { f.Id, f.Name }).FirstOrDefaultAsync(cancellationToken);
        if (topic is null)
        {
            return NotFound();
        }

        Name = topic.Name;
        Listing = await FacetStories.LoadAsync(
            db,
            a => a.Topics.Any(t => t.Id == topic.Id),
            p => p.Article.Topics.Any(t => t.Id == topic.Id),
            cancellationToken);
        return Page();
    }
}
