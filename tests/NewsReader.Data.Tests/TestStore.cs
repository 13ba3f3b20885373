using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsReader.Data.Ingest;

namespace NewsReader.Data.Tests;

/// <summary>A store in its own temporary data folder, with a real SQLite file, migrated.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    private TestStore(string root, ServiceProvider services, FakeTimeProvider clock)
    {
        Root = root;
        Services = services;
        Clock = clock;
    }

    public string Root { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public string DatabasePath => Path.Combine(Root, "data", "newsreader.db");

    public static async Task<TestStore> CreateAsync(
        Action<IServiceCollection>? configure = null,
        IDictionary<string, string?>? settings = null,
        bool migrate = true,
        bool useSystemClock = false)
    {
        var root = Path.Combine(Path.GetTempPath(), "newsreader-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var values = new Dictionary<string, string?>
        {
            ["NewsReader:DataDirectory"] = Path.Combine(root, "data"),
            ["NewsReader:SamplesPath"] = Path.Combine(root, "samples"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        if (useSystemClock)
        {
            services.AddSingleton(TimeProvider.System);
        }

        configure?.Invoke(services);
        services.AddNewsStore(configuration);
        var provider = services.BuildServiceProvider(validateScopes: true);
        var store = new TestStore(root, provider, clock);
        if (migrate)
        {
            await provider.MigrateNewsStoreAsync(TestContext.Current.CancellationToken);
        }

        return store;
    }

    public async Task<T> WithDbAsync<T>(Func<NewsDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NewsDbContext>());
    }

    public async Task<ImportOutcome> ImportAsync(Ingestion.ParsedArticle article, string path)
    {
        var outcomes = await ImportAsync([(article, path)]);
        return outcomes[0];
    }

    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(IReadOnlyList<(Ingestion.ParsedArticle Article, string Path)> articles)
    {
        await using var scope = Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        var entries = articles
            .Select(a => ImportEntry.Parsed(new SourceFile(Path.Combine(Root, a.Path), 100, "hash-" + a.Path), a.Article, Clock.GetUtcNow().UtcDateTime))
            .ToList();
        return await importer.ImportAsync(entries, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }
}
