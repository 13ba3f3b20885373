using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsReader.Data.Inbox;
using NewsReader.Data.Ingest;
using NewsReader.Data.Media;
using NewsReader.Ingestion;

namespace NewsReader.Data;

public static class NewsStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store: options from "NewsReader", NewsDbContext on SQLite, the importer, a clock, the media
    /// copier (into <see cref="NewsReaderOptions.ResolvedMediaPath"/>, the folder the site serves as /media) and a
    /// no-op <see cref="IStoreChangeListener"/> (register another before or after to be told of changes).
    /// </summary>
    public static IServiceCollection AddNewsStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NewsReaderOptions>().Bind(configuration.GetSection(NewsReaderOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ArticleParse>(ArticleParser.Parse);
        services.TryAddSingleton<SqlitePragmaInterceptor>();
        // Pooled: a page that renders uncached pays for a context per request, and most of that is setting one up.
        services.AddDbContextPool<NewsDbContext>((provider, options) =>
        {
            var store = provider.GetRequiredService<IOptions<NewsReaderOptions>>().Value;
            options.UseSqlite(BuildConnectionString(store.ResolvedDatabasePath));
            options.AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>());
        });
        services.TryAddScoped<ArticleImporter>();
        services.TryAddSingleton(provider => new MediaCopier(
            provider.GetRequiredService<IOptions<NewsReaderOptions>>().Value.ResolvedMediaPath,
            provider.GetRequiredService<ILogger<MediaCopier>>()));
        services.TryAddSingleton<IStoreChangeListener, NoStoreChangeListener>();
        services.TryAddScoped<FileIngestor>();
        return services;
    }

    /// <summary>Registers the inbox worker that ingests files dropped into the inbox folder.</summary>
    public static IServiceCollection AddNewsInbox(this IServiceCollection services)
    {
        services.AddHostedService<InboxWorker>();
        return services;
    }

    /// <summary>Creates the database's folder and applies migrations; no other folder, no seeding (what the CLI needs).</summary>
    public static async Task MigrateNewsStoreAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<NewsReaderOptions>>().Value;
        Directory.CreateDirectory(Path.GetDirectoryName(options.ResolvedDatabasePath)!);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreMigrator));
        await StoreMigrator.MigrateAsync(db, options.ResolvedDatabasePath, logger, cancellationToken);
    }

    /// <summary>
    /// Applies migrations, creates the data folders and, when the store holds no article yet,
    /// ingests every file in the samples folder so a fresh install shows a story.
    /// </summary>
    public static async Task InitializeNewsStoreAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<NewsReaderOptions>>().Value;
        CreateFolders(options);
        await services.MigrateNewsStoreAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        if (await db.Articles.AnyAsync(cancellationToken) || !Directory.Exists(options.ResolvedSamplesPath))
        {
            return;
        }

        var files = Directory.EnumerateFiles(options.ResolvedSamplesPath, "*", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var ingestor = scope.ServiceProvider.GetRequiredService<FileIngestor>();
        await ingestor.IngestAsync(files, progress: null, cancellationToken);
    }

    internal static string BuildConnectionString(string databasePath) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = SqlitePragmaInterceptor.BusyTimeoutMilliseconds / 1000,
        }.ToString();

    private static void CreateFolders(NewsReaderOptions options)
    {
        Directory.CreateDirectory(options.ResolvedDataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(options.ResolvedDatabasePath)!);
        Directory.CreateDirectory(options.ResolvedInboxPath);
        Directory.CreateDirectory(options.ResolvedArchivePath);
        Directory.CreateDirectory(options.ResolvedFailedPath);
        Directory.CreateDirectory(options.ResolvedMediaPath);
    }
}
