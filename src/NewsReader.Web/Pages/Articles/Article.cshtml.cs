using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Data;
using NewsReader.Web.Infrastructure;

namespace NewsReader.Web.Pages.Articles;

public sealed class ArticleModel(NewsDbContext db, SiteOptions site, WordDocumentCounts wordCounts) : PageModel
{
    public ArticleView Article { get; private set; } = null!;

    /// <summary>The dateline as a label ("MOSCOW (AP)"), without its closing dash.</summary>
    public string? Dateline { get; private set; }

    /// <summary>The body, with the dateline taken off the first paragraph so it can stand apart.</summary>
    public IReadOnlyList<string> Paragraphs { get; private set; } = [];

    public string JsonLd { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await ArticleQuery.LoadAsync(db, slug, wordCounts, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        (Dateline, Paragraphs) = Body.SplitDateline(article.DatelineText, article.Paragraphs);
        var baseUrl = site.PublicBaseUrl?.ToString().TrimEnd('/') ?? $"{Request.Scheme}://{Request.Host}";
        JsonLd = ArticleJsonLd.Serialize(article, Dateline, baseUrl, site.SiteName);
        return Page();
    }
}
