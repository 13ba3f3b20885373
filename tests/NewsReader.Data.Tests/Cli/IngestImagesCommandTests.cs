using Microsoft.Data.Sqlite;
using NewsReader.Data.Tests.Media;
using NewsReader.Tests.Shared;

namespace NewsReader.Data.Tests.Cli;

/// <summary><c>newsreader ingest</c> on folders of saved pages with their image folders, run as its own process.</summary>
public sealed class IngestImagesCommandTests : IDisposable
{
    private static readonly byte[] Boats = TestImages.Png(40, 30);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsreader-cli-tests", Guid.NewGuid().ToString("N"));

    public IngestImagesCommandTests() => Directory.CreateDirectory(_root);

    private string Db => Path.Combine(_root, "store", "store.db");

    [Fact]
    public async Task Ingest_FolderOfSavedPages_IngestsThePagesButNothingInsideTheirFolders()
    {
        var batch = Path.Combine(_root, "batch");
        var innerPage = "<html><head><title>Frame</title></head><body><h1>An inner frame</h1><p>Enough words to look like an article body to a parser that is keen.</p></body></html>"u8.ToArray();
        TestImages.WriteFolder(Path.Combine(batch, "harbour_files"), ("boats.png", Boats), ("frame.html", innerPage), ("app.js", "var a = 1;"u8.ToArray()));
        TestImages.WritePage(batch, "harbour", "Harbour reopens after storm", "harbour_files/boats.png");
        TestImages.WriteFolder(Path.Combine(batch, "left-behind_files"), ("frame.htm", innerPage));
        File.Copy(TestCorpus.SeedStoryPath, Path.Combine(batch, "ceasefire.txt"));
        TestImages.WriteFolder(Path.Combine(batch, "ceasefire"), ("1.jpg", TestImages.Jpeg(16, 8)));

        var result = await CliProcess.RunAsync(_root, "ingest", "--db", Db, batch);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2 ingested, 0 updated, 0 unchanged, 0 failed", result.SummaryLine);
        Assert.Equal(2L, Scalar("SELECT COUNT(*) FROM IngestedFiles"));
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM IngestedFiles WHERE instr(Path, '_files') > 0 OR instr(Path, 'ceasefire/') > 0"));
        Assert.Equal(2L, Scalar("SELECT COUNT(*) FROM Photos WHERE ImageFileName IS NOT NULL"));
        Assert.Equal(Boats, await File.ReadAllBytesAsync(Path.Combine(_root, "store", "media", TestImages.HashName(Boats, ".png")), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ingest_PageWithMissingAndFakeImages_PrintsAWarningForEachAndSucceeds()
    {
        var batch = Path.Combine(_root, "batch");
        TestImages.WriteFolder(Path.Combine(batch, "harbour_files"), ("boats.png", Boats), ("fake.jpg", "text, not a JPEG"u8.ToArray()));
        var page = TestImages.WritePage(batch, "harbour", "Harbour reopens after storm", "harbour_files/boats.png", "harbour_files/fake.jpg", "harbour_files/gone.jpg");

        var result = await CliProcess.RunAsync(_root, "ingest", "--db", Db, page);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1 ingested, 0 updated, 0 unchanged, 0 failed", result.SummaryLine);
        var warnings = result.ErrorLines.Where(l => l.StartsWith("warning", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.StartsWith($"warning   {page}: Photo 2: fake.jpg is not a JPEG", warnings[0], StringComparison.Ordinal);
        Assert.Equal($"warning   {page}: Photo 3: harbour_files/gone.jpg is not in harbour_files; skipped.", warnings[1]);
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM Photos WHERE ImageFileName IS NOT NULL"));
    }

    [Fact]
    public async Task Ingest_MediaOption_PutsTheImagesWhereItSays()
    {
        var batch = Path.Combine(_root, "batch");
        TestImages.WriteFolder(Path.Combine(batch, "harbour_files"), ("boats.png", Boats));
        var page = TestImages.WritePage(batch, "harbour", "Harbour reopens after storm", "harbour_files/boats.png");
        var media = Path.Combine(_root, "elsewhere");

        var result = await CliProcess.RunAsync(_root, "ingest", "--db", Db, "--media", media, page);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([TestImages.HashName(Boats, ".png")], Directory.GetFiles(media).Select(Path.GetFileName));
        Assert.False(Directory.Exists(Path.Combine(_root, "store", "media")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Db, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
