using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Data;

namespace NewsReader.Web.Tests;

/// <summary>The site over its own temporary store: one per test class, deleted afterwards.</summary>
public class NewsSiteFactory : WebApplicationFactory<Program>
{
    public NewsSiteFactory()
    {
        DataDirectory = Directory.CreateTempSubdirectory("newsreader-web-").FullName;
    }

    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "newsreader.db");

    public string MediaPath => Path.Combine(DataDirectory, "media");

    /// <summary>Runs work against the store with a fresh context, as the importer would.</summary>
    public async Task WithStoreAsync(Func<NewsDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<NewsDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("NewsReader:DataDirectory", DataDirectory);
        builder.UseSetting("NewsReader:DatabasePath", DatabasePath);
        builder.UseSetting("NewsReader:MediaPath", MediaPath);
        builder.UseSetting("NewsReader:PageCacheSeconds", "0");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
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
