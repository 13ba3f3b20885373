using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Data.Ingest;
using NewsReader.Data.Tests.Ingest;
using NewsReader.Tests.Shared;
using NewsReader.Data.Model;

using static NewsReader.Data.Tests.Inbox.InboxHarness;

namespace NewsReader.Data.Tests.Inbox;

public sealed class InboxWorkerTests
{

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Inbox_FileDroppedWhileRunning_IsIngestedAndMovedToArchive()
    {
        await using var store = await CreateStoreAsync();
        await using var worker = await StartWorkerAsync(store, Token);

        File.Copy(TestCorpus.SeedStoryPath, Path.Combine(InboxFolder(store), "story.txt"));

        await WaitUntilAsync(() => File.Exists(Path.Combine(ArchiveFolder(store), "story.txt")), Token);
        Assert.False(File.Exists(Path.Combine(InboxFolder(store), "story.txt")));
        Assert.Equal("azerbaijani-leader-cease-fire-may-improve-armenia-relations", await store.WithDbAsync(db => db.Articles.Select(a => a.Slug).SingleAsync(Token)));
        var file = await store.WithDbAsync(db => db.IngestedFiles.SingleAsync(Token));
        Assert.Equal(IngestOutcome.Ingested, file.Outcome);
    }

    [Fact]
    public async Task Inbox_FilesPresentAtStartUp_AreIngested()
    {
        await using var store = await CreateStoreAsync();
        SeedVariants.Write(InboxFolder(store), 2);

        await using var worker = await StartWorkerAsync(store, Token);

        await WaitUntilAsync(() => Directory.GetFiles(ArchiveFolder(store)).Length == 2, Token);
        Assert.Equal(2, await store.WithDbAsync(db => db.Articles.CountAsync(Token)));
    }

    [Fact]
    public async Task Inbox_BadFiles_GoToFailedBesideAnErrorFileAndGoodOnesStillArrive()
    {
        await using var store = await CreateStoreAsync();
        Directory.CreateDirectory(InboxFolder(store));
        await File.WriteAllBytesAsync(Path.Combine(InboxFolder(store), "empty.txt"), [], Token);
        await File.WriteAllBytesAsync(Path.Combine(InboxFolder(store), "binary.bin"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2], Token);
        await File.WriteAllTextAsync(Path.Combine(InboxFolder(store), "notes.txt"), "shopping list\n\n- eggs\n", Token);
        File.Copy(TestCorpus.SeedStoryPath, Path.Combine(InboxFolder(store), "good.txt"));

        await using var worker = await StartWorkerAsync(store, Token);

        await WaitUntilAsync(() => Directory.GetFiles(InboxFolder(store)).Length == 0, Token);
        Assert.True(File.Exists(Path.Combine(ArchiveFolder(store), "good.txt")));
        Assert.True(File.Exists(Path.Combine(FailedFolder(store), "empty.txt")));
        Assert.True(File.Exists(Path.Combine(FailedFolder(store), "binary.bin")));
        Assert.True(File.Exists(Path.Combine(FailedFolder(store), "notes.txt.error.txt")));
        Assert.Contains("the file is empty", await File.ReadAllTextAsync(Path.Combine(FailedFolder(store), "empty.txt.error.txt"), Token), StringComparison.Ordinal);
        Assert.Contains("binary", await File.ReadAllTextAsync(Path.Combine(FailedFolder(store), "binary.bin.error.txt"), Token), StringComparison.Ordinal);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2], await File.ReadAllBytesAsync(Path.Combine(FailedFolder(store), "binary.bin"), Token));
    }

    [Fact]
    public async Task Inbox_FileStillBeingWritten_IsLeftUntilItsWriterCloses()
    {
        await using var store = await CreateStoreAsync();
        await using var worker = await StartWorkerAsync(store, Token);
        var path = Path.Combine(InboxFolder(store), "slow.txt");
        var seed = await File.ReadAllBytesAsync(TestCorpus.SeedStoryPath, Token);

        await using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            await writer.WriteAsync(seed.AsMemory(0, seed.Length / 2), Token);
            await writer.FlushAsync(Token);
            await Task.Delay(TimeSpan.FromSeconds(1.5), Token);
            Assert.True(File.Exists(path));
            Assert.Equal(0, await store.WithDbAsync(db => db.IngestedFiles.CountAsync(Token)));
            await writer.WriteAsync(seed.AsMemory(seed.Length / 2), Token);
        }

        await WaitUntilAsync(() => File.Exists(Path.Combine(ArchiveFolder(store), "slow.txt")), Token);
        var article = await store.WithDbAsync(db => db.Articles.Include(a => a.RelatedLists).ThenInclude(l => l.Teasers).SingleAsync(Token));
        Assert.Equal(20, article.RelatedLists.Sum(l => l.Teasers.Count));
    }

    [Fact]
    public async Task Inbox_NameAlreadyInArchive_KeepsBothFiles()
    {
        await using var store = await CreateStoreAsync();
        Directory.CreateDirectory(ArchiveFolder(store));
        await File.WriteAllTextAsync(Path.Combine(ArchiveFolder(store), "story.txt"), "Older story\nBody.", Token);
        await using var worker = await StartWorkerAsync(store, Token);

        File.Copy(TestCorpus.SeedStoryPath, Path.Combine(InboxFolder(store), "story.txt"));

        await WaitUntilAsync(() => File.Exists(Path.Combine(ArchiveFolder(store), "story-2.txt")), Token);
        Assert.StartsWith("Older story", await File.ReadAllTextAsync(Path.Combine(ArchiveFolder(store), "story.txt"), Token), StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(TestCorpus.SeedStoryPath, Token), await File.ReadAllBytesAsync(Path.Combine(ArchiveFolder(store), "story-2.txt"), Token));
    }

    [Fact]
    public async Task Inbox_FileThatTripsABug_GoesToFailedWithTheDetailsForABugReport_AndTheOthersArrive()
    {
        await using var store = await CreateStoreAsync(services => services.AddSingleton<ArticleParse>(BuggyParser.Parse));
        Directory.CreateDirectory(InboxFolder(store));
        await File.WriteAllTextAsync(Path.Combine(InboxFolder(store), "tripping.txt"), BuggyParser.Trigger, Token);
        File.Copy(TestCorpus.SeedStoryPath, Path.Combine(InboxFolder(store), "good.txt"));

        await using var worker = await StartWorkerAsync(store, Token);

        await WaitUntilAsync(() => Directory.GetFiles(InboxFolder(store)).Length == 0, Token);
        Assert.True(File.Exists(Path.Combine(ArchiveFolder(store), "good.txt")));
        Assert.True(File.Exists(Path.Combine(FailedFolder(store), "tripping.txt")));
        var text = await File.ReadAllTextAsync(Path.Combine(FailedFolder(store), "tripping.txt.error.txt"), Token);
        Assert.Contains("this is a bug in NewsReader", text, StringComparison.Ordinal);
        Assert.Contains("Details for a bug report:", text, StringComparison.Ordinal);
        Assert.Contains($"System.InvalidOperationException: {BuggyParser.Message}", text, StringComparison.Ordinal);
        Assert.Contains(nameof(BuggyParser), text, StringComparison.Ordinal);
    }

    private static Task<TestStore> CreateStoreAsync(Action<IServiceCollection>? configure = null) =>
        TestStore.CreateAsync(
            services =>
            {
                configure?.Invoke(services);
                services.AddNewsInbox();
            },
            new Dictionary<string, string?>
            {
                ["NewsReader:InboxRescanInterval"] = "00:00:01",
                ["NewsReader:InboxSettleTime"] = "00:00:00.300",
            },
            useSystemClock: true);
}
