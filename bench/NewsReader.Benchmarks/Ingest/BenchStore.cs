using Microsoft.EntityFrameworkCore;
using NewsReader.Data;
using NewsReader.Data.Ingest;

namespace NewsReader.Benchmarks.Ingest;

internal static class BenchStore
{
    public static NewsDbContext CreateContext(string databasePath) =>
        new(new DbContextOptionsBuilder<NewsDbContext>()
            .UseSqlite(NewsStoreServiceCollectionExtensions.BuildConnectionString(databasePath))
            .AddInterceptors(new SqlitePragmaInterceptor())
            .Options);

    public static async Task ImportAsync(string databasePath, IReadOnlyList<ImportEntry> entries)
    {
        foreach (var batch in entries.Chunk(FileIngestor.BatchSize))
        {
            await using var db = CreateContext(databasePath);
            await new ArticleImporter(db, TimeProvider.System).ImportAsync(batch, CancellationToken.None);
        }
    }
}
