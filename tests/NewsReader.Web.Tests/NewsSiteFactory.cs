using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Data;
using NewsReader.Data.Ingest;

namespace NewsReader.Web.Tests;

/// <summary>The site over its own temporary store: one per test class, deleted afterwards.</summary>
public class NewsSiteFactory : WebApplicationFactory<Program>
{
    public NewsSiteFactory()
    {
        DataDirectory = Directory.CreateTempSubdirectory("newsreader-web-").FullName;
    }

    public string DataDirectory { get; }

    /// <summary>The site's clock when a test moves time itself; the system clock otherwise.</summary>
    public TimeProvider? Clock { get; init; }

    public string DatabasePath => Path.Combine(DataDirectory, "newsreader.db");

    public string MediaPath => Path.Combine(DataDirectory, "media");

    /// <summary>Runs work against the store with a fresh context, as the importer would.</summary>
    public async Task WithStoreAsync(Func<NewsDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<NewsDbContext>());
    }

    public async Task<string> ArticlePathAsync(string headline)
    {
        var slug = "";
        await WithStoreAsync(async db => slug = await db.Articles.Where(a => a.Headline == headline).Select(a => a.Slug).SingleAsync(TestContext.Current.CancellationToken));
        return "/articles/" + slug;
    }

    public async Task<string> StoryPathAsync(string teaserTitle)
    {
        var slug = "";
        await WithStoreAsync(async db => slug = await db.Teasers.Where(t => t.Title == teaserTitle).Select(t => t.StorySlug).FirstAsync(TestContext.Current.CancellationToken));
        return "/stories/" + slug;
    }

    /// <summary>Ingests files through the real parser and importer, as the inbox would; every file must ingest.</summary>
    public async Task<IngestSummary> IngestAsync(params string[] paths)
    {
        var summary = await IngestAllowingFailuresAsync(paths);
        Assert.True(summary.Failed == 0, string.Join("; ", summary.Outcomes.Where(o => o.Error is not null).Select(o => $"{o.Path}: {o.Error}")));
        return summary;
    }

    public async Task<IngestSummary> IngestAllowingFailuresAsync(IReadOnlyList<string> paths)
    {
        await using var scope = Services.CreateAsyncScope();
        var ingestor = scope.ServiceProvider.GetRequiredService<FileIngestor>();
        return await ingestor.IngestAsync(paths, progress: null, TestContext.Current.CancellationToken);
    }

    /// <summary>Writes a text dump of an article into the test's folder and ingests it.</summary>
    public async Task IngestTextAsync(string fileName, string text)
    {
        var folder = Directory.CreateDirectory(Path.Combine(DataDirectory, "written")).FullName;
        var path = Path.Combine(folder, fileName);
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
        await IngestAsync(path);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("NewsReader:DataDirectory", DataDirectory);
        builder.UseSetting("NewsReader:DatabasePath", DatabasePath);
        builder.UseSetting("NewsReader:MediaPath", MediaPath);
        builder.UseSetting("NewsReader:PageCacheSeconds", "0");
        // Each test decides what its store holds: no first-run samples.
        builder.UseSetting("NewsReader:SamplesPath", Path.Combine(DataDirectory, "no-samples"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; failing the run over it is not.
            }
        }
    }
}
