using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using NewsReader.Tests.Shared;

namespace NewsReader.Data.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsreader-cli-tests", Guid.NewGuid().ToString("N"));

    public IngestCommandTests() => Directory.CreateDirectory(_root);

    private string Db => Path.Combine(_root, "store.db");

    [Fact]
    public async Task Ingest_SeedStoryTwice_IngestsThenReportsUnchanged()
    {
        var first = await CliProcess.RunAsync(_root, "ingest", "--db", Db, TestCorpus.SeedStoryPath);
        var second = await CliProcess.RunAsync(_root, "ingest", "--db", Db, TestCorpus.SeedStoryPath);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("1 ingested, 0 updated, 0 unchanged, 0 failed", first.SummaryLine);
        Assert.Contains("azerbaijani-leader-cease-fire-may-improve-armenia-relations", first.Output, StringComparison.Ordinal);
        Assert.Equal("0 ingested, 0 updated, 1 unchanged, 0 failed", second.SummaryLine);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM Articles"));
        Assert.Equal(5L, Scalar("SELECT COUNT(*) FROM Photos"));
        Assert.Equal(20L, Scalar("SELECT COUNT(*) FROM Teasers"));
        Assert.Equal(2L, Scalar("SELECT COUNT(*) FROM IngestedFiles"));
    }

    [Fact]
    public async Task Ingest_FolderWithBadFiles_IngestsEveryGoodFileAndReportsEveryBadOne()
    {
        var batch = Path.Combine(_root, "batch");
        var good = SeedVariants.Write(Path.Combine(batch, "nested"), 6);
        await File.WriteAllBytesAsync(Path.Combine(batch, "empty.txt"), [], TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(batch, "photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(batch, "notes.txt"), "shopping list\n\n- eggs\n- milk\n", TestContext.Current.CancellationToken);
        File.CreateSymbolicLink(Path.Combine(batch, "unreadable.txt"), Path.Combine(_root, "gone", "nowhere.txt"));
        var before = Fingerprint(batch);

        var result = await CliProcess.RunAsync(_root, "ingest", "--db", Db, batch);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("6 ingested, 0 updated, 0 unchanged, 4 failed", result.SummaryLine);
        var failures = result.ErrorLines.Where(l => l.StartsWith("failed", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, failures.Count);
        foreach (var name in new[] { "empty.txt", "photo.jpg", "notes.txt", "unreadable.txt" })
        {
            var line = Assert.Single(failures, l => l.Contains(Path.Combine(batch, name), StringComparison.Ordinal));
            Assert.Matches(@": \S", line);
        }

        Assert.Equal(6L, Scalar("SELECT COUNT(*) FROM Articles"));
        Assert.Equal(10L, Scalar("SELECT COUNT(*) FROM IngestedFiles"));
        Assert.Equal(4L, Scalar("SELECT COUNT(*) FROM IngestedFiles WHERE Outcome = 3 AND Error IS NOT NULL"));
        Assert.Equal(before, Fingerprint(batch));
        Assert.All(good, path => Assert.True(File.Exists(path)));
    }

    [Fact]
    public async Task Ingest_MissingPath_ReportsItAndExitsWithTwo()
    {
        var result = await CliProcess.RunAsync(_root, "ingest", "--db", Db, Path.Combine(_root, "no-such-folder"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("0 ingested, 0 updated, 0 unchanged, 1 failed", result.SummaryLine);
        Assert.Contains("no such file or folder", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_NoPaths_PrintsUsageAndExitsWithSixtyFour()
    {
        var result = await CliProcess.RunAsync(_root, "ingest", "--db", Db);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("usage: newsreader ingest [--db PATH] PATH...", result.Errors, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    // Every file's path, size, write time and hash: the CLI must leave all of them as they were.
    private static string Fingerprint(string folder) =>
        string.Join('\n', Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(path =>
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null || !info.Exists)
            {
                return $"{path} -> {info.LinkTarget}";
            }

            return $"{path} {info.Length} {info.LastWriteTimeUtc:O} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))}";
        }));
}
