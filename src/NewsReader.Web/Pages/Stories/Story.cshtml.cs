using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Stories;

/// <summary>A story known only from teasers in other articles' lists, until the story itself arrives.</summary>
public sealed class StoryModel(NewsDbContext db) : PageModel
{
    public string Title { get; private set; } = "";

    public string? Summary { get; private set; }

    public IReadOnlyList<ArticleCard> ListedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var teasers = await db.Teasers.AsNoTracking()
            .Where(t => t.StorySlug == slug)
            .Select(t => new
            {
                t.Title,
                t.Summary,
                t.TitleKey,
                Target = t.TargetArticle == null ? null : t.TargetArticle.Slug,
                ArticleId = t.RelatedList.ArticleId,
            })
            .ToListAsync(cancellationToken);
        if (teasers.Count == 0)
        {
            return NotFound();
        }

        // Once the story is in the store the teaser address is only a way to reach it.
        var key = teasers[0].TitleKey;
        var target = teasers.Select(t => t.Target).FirstOrDefault(t => t is not null)
            ?? await db.Articles.AsNoTracking()
                .Where(a => a.HeadlineKey == key)
                .OrderByDescending(a => a.SortDateUtc).ThenByDescending(a => a.Id)
                .Select(a => a.Slug)
                .FirstOrDefaultAsync(cancellationToken);
        if (target is not null)
        {
            return RedirectPermanent("/articles/" + target);
        }

        Title = teasers[0].Title;
        Summary = teasers.Select(t => t.Summary).Where(s => !string.IsNullOrWhiteSpace(s)).MaxBy(s => s!.Length);
        var articleIds = teasers.Select(t => t.ArticleId).Distinct().ToList();
        ListedBy = await db.Articles.AsNoTracking()
            .Where(a => articleIds.Contains(a.Id))
            .OrderByDescending(a => a.SortDateUtc).ThenByDescending(a => a.Id)
            .Select(Projections.ToArticleCard)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
