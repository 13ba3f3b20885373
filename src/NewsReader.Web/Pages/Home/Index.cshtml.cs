using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Home;

public sealed class IndexModel(NewsDbContext db) : PageModel
{
    private const int PageSize = 20;

    public IReadOnlyList<ArticleCard> Articles { get; private set; } = [];

    /// <summary>The cursor for the next page: the last article's sort key, or null on the last page.</summary>
    public string? NextCursor { get; private set; }

    public bool IsFirstPage { get; private set; }

    public IReadOnlyList<Facet> Topics { get; private set; } = [];

    public IReadOnlyList<Facet> Places { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? before, CancellationToken cancellationToken)
    {
        var query = db.Articles.AsNoTracking();
        IsFirstPage = before is null;
        if (before is not null)
        {
            if (!Cursor.TryParse(before, out var sortDate, out var id))
            {
                return NotFound();
            }

            // Keyset paging: the index on (SortDateUtc, Id) seeks straight to the page, however deep.
            query = query.Where(a => a.SortDateUtc < sortDate || (a.SortDateUtc == sortDate && a.Id < id));
        }

        var rows = await query
            .OrderByDescending(a => a.SortDateUtc)
            .ThenByDescending(a => a.Id)
            .Take(PageSize + 1)
            .ToCardsAsync(db, cancellationToken);

        Articles = [.. rows.Take(PageSize)];
        NextCursor = rows.Count > PageSize ? Cursor.Format(Articles[^1].SortDateUtc, Articles[^1].Id) : null;

        if (IsFirstPage)
        {
            Topics = await Facets.TopicsByCount(db).Take(12).ToListAsync(cancellationToken);
            Places = await Facets.PlacesByCount(db).Take(12).ToListAsync(cancellationToken);
        }

        return Page();
    }

    private static class Cursor
    {
        public static string Format(DateTime sortDateUtc, int id) =>
            string.Create(CultureInfo.InvariantCulture, $"{sortDateUtc.Ticks}-{id}");

        public static bool TryParse(string text, out DateTime sortDateUtc, out int id)
        {
            sortDateUtc = default;
            id = 0;
            var dash = text.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0
                || !long.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks > DateTime.MaxValue.Ticks
                || !int.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id))
            {
                return false;
            }

            sortDateUtc = new DateTime(ticks, DateTimeKind.Utc);
            return true;
        }
    }
}
