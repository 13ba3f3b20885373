using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Galleries;

public sealed class PhotoModel(NewsDbContext db) : PageModel
{
    // Compiled: an uncached photo page otherwise spends a tenth of its time walking this expression tree.
    private static readonly Func<NewsDbContext, string, CancellationToken, Task<GalleryView?>> GalleryBySlug =
        EF.CompileAsyncQuery((NewsDbContext db, string slug, CancellationToken _) => db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new GalleryView(
                a.Slug,
                a.Headline,
                a.Photos.OrderBy(p => p.Position).AsQueryable().Select(Projections.ToPhotoView).ToList()))
            .FirstOrDefault());

    public GalleryView Gallery { get; private set; } = null!;

    /// <summary>The photo this address names, 1-based.</summary>
    public int Number { get; private set; }

    public PhotoView Current => Gallery.Photos[Number - 1];

    public string ArticleHref => "/articles/" + Gallery.Slug;

    public string PhotoHref(int number) => $"/articles/{Gallery.Slug}/photos/{number}";

    public async Task<IActionResult> OnGetAsync(string slug, int n, CancellationToken cancellationToken)
    {
        var gallery = await GalleryBySlug(db, slug, cancellationToken);
        if (gallery is null || n < 1 || n > gallery.Photos.Count)
        {
            return NotFound();
        }

        Gallery = gallery;
        Number = n;
        return Page();
    }

    public sealed record GalleryView(string Slug, string Headline, IReadOnlyList<PhotoView> Photos);
}
