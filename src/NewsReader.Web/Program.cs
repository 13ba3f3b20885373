using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Web.Infrastructure;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
    .CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);

    // The configured logger is built per host and the bootstrap one left alone, so several hosts in
    // one process (the test suite) never race to freeze the same static logger.
    builder.Services.AddSerilog(
        (services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(),
        preserveStaticLogger: true);

    var site = builder.Configuration.GetSection(SiteOptions.Section).Get<SiteOptions>() ?? new SiteOptions();
    builder.Services.AddSingleton(site);
    builder.Services.AddSingleton(TimeProvider.System);

    // TEMPORARY until the store lands (AddNewsStore / AddNewsInbox / InitializeNewsStoreAsync):
    // a bare SQLite registration and EnsureCreated below, so the pages have a database to read.
    var storePaths = StorePaths.From(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddSingleton(storePaths);
    builder.Services.AddDbContext<NewsDbContext>(options => options.UseSqlite($"Data Source={storePaths.DatabasePath}"));
    // END TEMPORARY

    builder.Services.AddRazorPages(options => options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()));
    builder.Services.AddOutputCache(options => options.AddPolicy(PageCache.Policy, policy => policy
        .Expire(TimeSpan.FromSeconds(Math.Max(site.PageCacheSeconds, 1)))
        .SetVaryByQuery("*")
        .Tag(PageCache.Tag)));
    builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");

    var app = builder.Build();

    // TEMPORARY until the store lands: replaced by InitializeNewsStoreAsync (migrations + samples ingest).
    Directory.CreateDirectory(Path.GetDirectoryName(storePaths.DatabasePath)!);
    Directory.CreateDirectory(storePaths.MediaPath);
    await using (var scope = app.Services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<NewsDbContext>().Database.EnsureCreatedAsync(app.Lifetime.ApplicationStopping);
    }
    // END TEMPORARY

    app.UseSecurityHeaders();
    app.UseSerilogRequestLogging();
    app.UseExceptionHandler("/error");
    app.UseStatusCodePagesWithReExecute("/not-found");
    app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticAssets.SetCacheHeaders });
    app.UseMediaFiles(storePaths.MediaPath);
    app.UseRouting();
    app.UseOutputCache();

    var pages = app.MapRazorPages();
    if (site.PageCacheSeconds > 0)
    {
        pages.CacheOutput(PageCache.Policy);
    }

    app.MapHealthChecks("/health");

    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "NewsReader stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
