using Microsoft.Extensions.Options;
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

    builder.Services.AddSingleton<MediaFiles>();
    builder.Services.AddSingleton<NewsReader.Web.Pages.Errors.LatestStories>();
    builder.Services.AddSingleton<NewsReader.Web.Pages.Articles.WordDocumentCounts>();
    builder.Services.AddSingleton<NewsReader.Data.Ingest.IStoreChangeListener, StoreChangeEviction>();
    builder.Services.AddNewsStore(builder.Configuration);
    builder.Services.AddNewsInbox();

    builder.Services.AddRazorPages(options => options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()));
    builder.Services.AddOutputCache(options => options.AddPolicy(PageCache.Policy, policy => policy
        .Expire(TimeSpan.FromSeconds(Math.Max(site.PageCacheSeconds, 1)))
        .SetVaryByQuery("*")
        .Tag(PageCache.Tag)));
    builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");

    var app = builder.Build();

    await app.Services.InitializeNewsStoreAsync(app.Lifetime.ApplicationStopping);
    var store = app.Services.GetRequiredService<IOptions<NewsReaderOptions>>().Value;

    app.UseSecurityHeaders();
    // Without a logger the middleware writes to the static bootstrap logger, which ignores appsettings
    // (every request logged at Information) and takes a lock on each request.
    app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
    app.UseExceptionHandler("/error");
    app.UseStatusCodePagesWithReExecute("/not-found");
    app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticAssets.SetCacheHeaders });
    app.UseMediaFiles(store.ResolvedMediaPath);
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
