using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Data;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Pages.Errors;

public sealed class NotFoundModel(NewsDbContext db, LatestStories latestStories) : PageModel
{
    public string RequestedPath { get; private set; } = "";

    public IReadOnlyList<ArticleCard> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var reExecute = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        RequestedPath = reExecute?.OriginalPath ?? Request.Path;
        Response.StatusCode = StatusCodes.Status404NotFound;

        // A store that cannot be read must not turn a 404 into a 500.
        try
        {
            Latest = await latestStories.GetAsync(db, cancellationToken);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            Latest = [];
        }
    }
}
