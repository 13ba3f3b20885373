using Microsoft.Data.Sqlite;
using NewsReader.Data.Tests.Cli;

namespace NewsReader.Data.Tests.Reliability;

public sealed class CrashSafetyTests : IDisposable
{
    private const int Stories = 600;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsreader-crash-tests", Guid.NewGuid().ToString("N"));

    public CrashSafetyTests() => Directory.CreateDirectory(_root);

    private string Db => Path.Combine(_root, "store.db");

    [Fact]
    public async Task Ingest_KilledAtVariedPoints_LeavesEachFileWhollyInOrAbsentAndASecondRunCompletes()
    {
        var batch = Path.Combine(_root, "batch");
        SeedVariants.Write(batch, Stories);
        var articlesAfterKill = new List<long>();

        // Kill points from start-up (store being created and migrated) to deep inside the batch: after a
        // fixed delay, or once a given number of articles is visible to a reader, plus a little. Each run
        // starts from what the previous kill left, so the progress-based kills come early: on a fast
        // machine a fixed delay can outlast the whole batch.
        foreach (var (articlesIn, delay) in new[] { (0, 150), (1, 0), (0, 1200), (100, 137), (200, 20) })
        {
            using var cli = CliProcess.Start(_root, "ingest", "--db", Db, batch);
            await WaitForArticlesAsync(articlesIn, cli);
            await Task.Delay(delay, TestContext.Current.CancellationToken);
            cli.Kill();
            await cli.WaitAsync(TimeSpan.FromSeconds(30));
            if (File.Exists(Db))
            {
                articlesAfterKill.Add(AssertConsistent(batch));
            }
        }

        var final = await CliProcess.RunAsync(_root, "ingest", "--db", Db, batch);

        Assert.Equal(0, final.ExitCode);
        Assert.Matches(@"^\d+ ingested, 0 updated, \d+ unchanged, 0 failed$", final.SummaryLine);
        Assert.Equal(Stories, AssertConsistent(batch));
        Assert.True(articlesAfterKill.Any(count => count > 0 && count < Stories), "no kill landed mid-batch: " + string.Join(", ", articlesAfterKill));
    }

    private async Task WaitForArticlesAsync(int count, CliProcess cli)
    {
        while (count > 0 && !cli.HasExited && CountArticles() < count)
        {
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }

    private long CountArticles()
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return Convert.ToInt64(Scalar(connection, "SELECT COUNT(*) FROM Articles"), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // Not created or not migrated yet.
            return 0;
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>
    /// The store passes SQLite's integrity check, and every file is either absent or wholly in: its
    /// article with all five photos, its one list of twenty teasers, and its ingest record.
    /// </summary>
    private long AssertConsistent(string batch)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        var tables = Convert.ToInt64(Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'Articles'"), System.Globalization.CultureInfo.InvariantCulture);
        if (tables == 0)
        {
            // Killed before the migration committed: nothing to check but integrity.
            return 0;
        }

        Assert.Equal(0L, Convert.ToInt64(Scalar(connection, "SELECT COUNT(*) FROM pragma_foreign_key_check"), System.Globalization.CultureInfo.InvariantCulture));
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.SourcePath, a.Headline,
                (SELECT COUNT(*) FROM Photos p WHERE p.ArticleId = a.Id),
                (SELECT COUNT(*) FROM RelatedLists l WHERE l.ArticleId = a.Id),
                (SELECT COUNT(*) FROM Teasers t JOIN RelatedLists l ON l.Id = t.RelatedListId WHERE l.ArticleId = a.Id),
                (SELECT COUNT(*) FROM IngestedFiles f WHERE f.ArticleId = a.Id)
            FROM Articles a
            """;
        var articles = 0L;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                articles++;
                var path = reader.GetString(0);
                Assert.StartsWith(batch, path, StringComparison.Ordinal);
                var index = int.Parse(Path.GetFileNameWithoutExtension(path)["story-".Length..], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(SeedVariants.Headline(index), reader.GetString(1));
                Assert.Equal(SeedVariants.PhotosPerStory, reader.GetInt32(2));
                Assert.Equal(1, reader.GetInt32(3));
                Assert.Equal(SeedVariants.TeasersPerStory, reader.GetInt32(4));
                Assert.True(reader.GetInt32(5) >= 1, "an article without its ingest record: " + path);
            }
        }

        Assert.Equal(0L, Convert.ToInt64(Scalar(connection, "SELECT COUNT(*) FROM IngestedFiles WHERE Outcome <> 3 AND ArticleId IS NULL"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(Scalar(connection, "SELECT COUNT(*) FROM IngestedFiles WHERE Outcome = 3"), System.Globalization.CultureInfo.InvariantCulture));
        return articles;
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
