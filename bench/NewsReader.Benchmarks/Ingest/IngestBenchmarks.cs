using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsReader.Data.Ingest;

namespace NewsReader.Benchmarks.Ingest;

/// <summary>
/// Ingest throughput against its ceiling: the importer writing a few thousand parsed articles (seed and
/// corpus stories with varied headlines) into a fresh store, beside raw prepared Microsoft.Data.Sqlite
/// inserts of the same rows in one transaction. Each operation is one article, so "Articles/s" compares directly.
/// Run: dotnet run -c Release --project bench/NewsReader.Benchmarks -- --filter '*IngestBenchmarks*'
/// </summary>
[Config(typeof(ArticlesPerSecondConfig))]
public class IngestBenchmarks
{
    public const int Articles = 3000;

    private IReadOnlyList<ImportEntry> _entries = [];
    private IReadOnlyList<RawArticleRows> _rows = [];
    private string _folder = "";
    private string _databasePath = "";

    [GlobalSetup]
    public void Setup()
    {
        _entries = BenchCorpus.Entries(Articles);
        _rows = _entries.Select(RawArticleRows.From).ToList();
        _folder = Path.Combine(Path.GetTempPath(), "newsreader-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [IterationSetup]
    public void FreshStore()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            File.Delete(file);
        }

        _databasePath = Path.Combine(_folder, $"bench-{Guid.NewGuid():N}.db");
        using var db = BenchStore.CreateContext(_databasePath);
        db.Database.Migrate();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Articles, Description = "Raw prepared inserts, one transaction")]
    public void RawPreparedInserts() => RawArticleRows.InsertAll(_databasePath, _rows);

    [Benchmark(OperationsPerInvoke = Articles, Description = "Importer, batches of FileIngestor.BatchSize")]
    public void Importer() => BenchStore.ImportAsync(_databasePath, _entries).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class ArticlesPerSecondConfig : ManualConfig
    {
        public ArticlesPerSecondConfig()
        {
            // In process: no generated project to build, which on two busy cores can outlast BDN's build timeout.
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(new ArticlesPerSecondColumn());
            AddColumn(StatisticColumn.Median);
            SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
        }
    }

    private sealed class ArticlesPerSecondColumn : IColumn
    {
        public string Id => nameof(ArticlesPerSecondColumn);

        public string ColumnName => "Articles/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Articles written per second (median)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            return report?.ResultStatistics is { } statistics
                ? (1e9 / statistics.Median).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                : "-";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
