using Microsoft.EntityFrameworkCore;
using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsReader.Data.Ingest;
using NewsReader.Data.Model;
using NewsReader.Tests.Shared;

namespace NewsReader.Data.Tests.Ingest;

public sealed class FileIngestorTests
{
    [Fact]
    public async Task Ingest_EachFile_LogsOneStructuredEventWithFileSlugOutcomeAndElapsed()
    {
        var events = new CapturingLoggerProvider();
        await using var store = await TestStore.CreateAsync(services => services.AddLogging(logging => logging.AddProvider(events).SetMinimumLevel(LogLevel.Information)));
        var empty = Path.Combine(store.Root, "empty.txt");
        await File.WriteAllBytesAsync(empty, [], TestContext.Current.CancellationToken);
        await using var scope = store.Services.CreateAsyncScope();
        var ingestor = scope.ServiceProvider.GetRequiredService<FileIngestor>();

        var summary = await ingestor.IngestAsync([TestCorpus.SeedStoryPath, empty], null, TestContext.Current.CancellationToken);

        Assert.Equal("1 ingested, 0 updated, 0 unchanged, 1 failed", summary.ToString());
        var fileEvents = events.Entries.Where(e => e.Category == typeof(FileIngestor).FullName).ToList();
        Assert.Equal(2, fileEvents.Count);
        var ingested = Assert.Single(fileEvents, e => e.Level == LogLevel.Information);
        Assert.Equal(TestCorpus.SeedStoryPath, ingested.Properties["File"]);
        Assert.Equal("azerbaijani-leader-cease-fire-may-improve-armenia-relations", ingested.Properties["ArticleSlug"]);
        Assert.Equal(IngestOutcome.Ingested, ingested.Properties["Outcome"]);
        Assert.IsType<double>(ingested.Properties["ElapsedMs"]);
        var failed = Assert.Single(fileEvents, e => e.Level == LogLevel.Warning);
        Assert.Equal(empty, failed.Properties["File"]);
        Assert.Equal("the file is empty", failed.Properties["Reason"]);
    }

    [Fact]
    public async Task Ingest_ChangedBatch_TellsTheChangeListenerOnce_UnchangedOrFailedBatch_DoesNot()
    {
        var listener = new CountingListener();
        await using var store = await TestStore.CreateAsync(services => services.AddSingleton<IStoreChangeListener>(listener));
        var empty = Path.Combine(store.Root, "empty.txt");
        await File.WriteAllBytesAsync(empty, [], TestContext.Current.CancellationToken);
        await using var scope = store.Services.CreateAsyncScope();
        var ingestor = scope.ServiceProvider.GetRequiredService<FileIngestor>();

        await ingestor.IngestAsync([TestCorpus.SeedStoryPath, empty], null, TestContext.Current.CancellationToken);
        Assert.Equal(1, listener.Calls);

        var again = await ingestor.IngestAsync([TestCorpus.SeedStoryPath, empty], null, TestContext.Current.CancellationToken);
        Assert.Equal("0 ingested, 0 updated, 1 unchanged, 1 failed", again.ToString());
        Assert.Equal(1, listener.Calls);
    }

    [Fact]
    public async Task Ingest_FileThatTripsAParserBug_FailsAloneAndIsLoggedAsAnErrorNamingIt_BadInputStaysAWarning()
    {
        var events = new CapturingLoggerProvider();
        await using var store = await TestStore.CreateAsync(services => services
            .AddLogging(logging => logging.AddProvider(events).SetMinimumLevel(LogLevel.Information))
            .AddSingleton<ArticleParse>(BuggyParser.Parse));
        var tripping = Path.Combine(store.Root, "tripping.txt");
        var empty = Path.Combine(store.Root, "empty.txt");
        await File.WriteAllTextAsync(tripping, BuggyParser.Trigger + " and then a story", TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(empty, [], TestContext.Current.CancellationToken);
        await using var scope = store.Services.CreateAsyncScope();
        var ingestor = scope.ServiceProvider.GetRequiredService<FileIngestor>();

        var summary = await ingestor.IngestAsync([tripping, TestCorpus.SeedStoryPath, empty], null, TestContext.Current.CancellationToken);

        Assert.Equal("1 ingested, 0 updated, 0 unchanged, 2 failed", summary.ToString());
        Assert.Equal(1, summary.Bugs);
        var bug = Assert.IsType<InvalidOperationException>(summary.Outcomes[0].Bug);
        Assert.Equal(BuggyParser.Message, bug.Message);
        Assert.Contains("bug in NewsReader", summary.Outcomes[0].Error, StringComparison.Ordinal);
        Assert.Null(summary.Outcomes[2].Bug);
        var fileEvents = events.Entries.Where(e => e.Category == typeof(FileIngestor).FullName).ToList();
        var error = Assert.Single(fileEvents, e => e.Level == LogLevel.Error);
        Assert.Equal(tripping, error.Properties["File"]);
        Assert.Same(bug, error.Exception);
        var warning = Assert.Single(fileEvents, e => e.Level == LogLevel.Warning);
        Assert.Equal(empty, warning.Properties["File"]);
        var record = await store.WithDbAsync(db => db.IngestedFiles.SingleAsync(f => f.Path == tripping, TestContext.Current.CancellationToken));
        Assert.Equal(IngestOutcome.Failed, record.Outcome);
        Assert.Contains(BuggyParser.Message, record.Error, StringComparison.Ordinal);
    }

    private sealed class CountingListener : IStoreChangeListener
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public ValueTask StoreChangedAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return ValueTask.CompletedTask;
        }
    }

    private sealed record LogEntry(string Category, LogLevel Level, IReadOnlyDictionary<string, object?> Properties, Exception? Exception);

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<LogEntry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                    ? pairs.ToDictionary(p => p.Key, p => p.Value)
                    : new Dictionary<string, object?>();
                entries.Enqueue(new LogEntry(category, logLevel, properties, exception));
            }
        }
    }
}
