using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsReader.Data.Inbox;
using NewsReader.Tests.Shared;
using NewsReader.Data.Model;

namespace NewsReader.Data.Tests.Inbox;

public sealed class InboxWorkerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Inbox_FileDroppedWhileRunning_IsIngestedAndMovedToArchive()
    {
        await using var store = await CreateStoreAsync();
        await using var worker = await StartWorkerAsync(store);

        File.Copy(TestCorpus.SeedStoryPath, Path.Combine(Inbox(store), "story.txt"));

        await WaitUntilAsync(() => File.Exists(Path.Combine(Archive(store), "story.txt")));
        Assert.False(File.Exists(Path.Combine(Inbox(store), "story.txt")));
        Assert.Equal("azerbaijani-leader-cease-fire-may-improve-armenia-relations", await store.WithDbAsync(db => db.Articles.Select(a => a.Slug).SingleAsync(Token)));
        var file = await store.WithDbAsync(db => db.IngestedFiles.SingleAsync(Token));
        Assert.Equal(IngestOutcome.Ingested, file.Outcome);
    }

    [Fact]
    public async Task Inbox_FilesPresentAtStartUp_AreIngested()
    {
        await using var store = await CreateStoreAsync();
        SeedVariants.Write(Inbox(store), 2);

        await using var worker = await StartWorkerAsync(store);

        await WaitUntilAsync(() => Directory.GetFiles(Archive(store)).Length == 2);
        Assert.Equal(2, await store.WithDbAsync(db => db.Articles.CountAsync(Token)));
    }

    [Fact]
    public async Task Inbox_BadFiles_GoToFailedBesideAnErrorFileAndGoodOnesStillArrive()
    {
        await using var store = await CreateStoreAsync();
        Directory.CreateDirectory(Inbox(store));
        await File.WriteAllBytesAsync(Path.Combine(Inbox(store), "empty.txt"), [], Token);
        await File.WriteAllBytesAsync(Path.Combine(Inbox(store), "binary.bin"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2], Token);
        await File.WriteAllTextAsync(Path.Combine(Inbox(store), "notes.txt"), "shopping list\n\n- eggs\n", Token);
        File.Copy(TestCorpus.SeedStoryPath, Path.Combine(Inbox(store), "good.txt"));

        await using var worker = await StartWorkerAsync(store);

        await WaitUntilAsync(() => Directory.GetFiles(Inbox(store)).Length == 0);
        Assert.True(File.Exists(Path.Combine(Archive(store), "good.txt")));
        Assert.True(File.Exists(Path.Combine(Failed(store), "empty.txt")));
        Assert.True(File.Exists(Path.Combine(Failed(store), "binary.bin")));
        Assert.True(File.Exists(Path.Combine(Failed(store), "notes.txt.error.txt")));
        Assert.Contains("the file is empty", await File.ReadAllTextAsync(Path.Combine(Failed(store), "empty.txt.error.txt"), Token), StringComparison.Ordinal);
        Assert.Contains("binary", await File.ReadAllTextAsync(Path.Combine(Failed(store), "binary.bin.error.txt"), Token), StringComparison.Ordinal);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2], await File.ReadAllBytesAsync(Path.Combine(Failed(store), "binary.bin"), Token));
    }

    [Fact]
    public async Task Inbox_FileStillBeingWritten_IsLeftUntilItsWriterCloses()
    {
        await using var store = await CreateStoreAsync();
        await using var worker = await StartWorkerAsync(store);
        var path = Path.Combine(Inbox(store), "slow.txt");
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

        await WaitUntilAsync(() => File.Exists(Path.Combine(Archive(store), "slow.txt")));
        var article = await store.WithDbAsync(db => db.Articles.Include(a => a.RelatedLists).ThenInclude(l => l.Teasers).SingleAsync(Token));
        Assert.Equal(20, article.RelatedLists.Sum(l => l.Teasers.Count));
    }

    [Fact]
    public async Task Inbox_NameAlreadyInArchive_KeepsBothFiles()
    {
        await using var store = await CreateStoreAsync();
        Directory.CreateDirectory(Archive(store));
        await File.WriteAllTextAsync(Path.Combine(Archive(store), "story.txt"), "Older story\nBody.", Token);
        await using var worker = await StartWorkerAsync(store);

        File.Copy(TestCorpus.SeedStoryPath, Path.Combine(Inbox(store), "story.txt"));

        await WaitUntilAsync(() => File.Exists(Path.Combine(Archive(store), "story-2.txt")));
        Assert.StartsWith("Older story", await File.ReadAllTextAsync(Path.Combine(Archive(store), "story.txt"), Token), StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(TestCorpus.SeedStoryPath, Token), await File.ReadAllBytesAsync(Path.Combine(Archive(store), "story-2.txt"), Token));
    }

    private static Task<TestStore> CreateStoreAsync() =>
        TestStore.CreateAsync(
            services =>
            {
                services.AddNewsInbox();
            },
            new Dictionary<string, string?>
            {
                ["NewsReader:InboxRescanInterval"] = "00:00:01",
                ["NewsReader:InboxSettleTime"] = "00:00:00.300",
            },
            useSystemClock: true);

    private static async Task<RunningWorker> StartWorkerAsync(TestStore store)
    {
        Directory.CreateDirectory(Inbox(store));
        Directory.CreateDirectory(Archive(store));
        Directory.CreateDirectory(Failed(store));
        var worker = store.Services.GetServices<IHostedService>().OfType<InboxWorker>().Single();
        await worker.StartAsync(Token);
        return new RunningWorker(worker);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Patience, "The inbox did not get there in time.");
            await Task.Delay(50, Token);
        }
    }

    private static string Inbox(TestStore store) => Path.Combine(store.Root, "data", "inbox");

    private static string Archive(TestStore store) => Path.Combine(store.Root, "data", "archive");

    private static string Failed(TestStore store) => Path.Combine(store.Root, "data", "failed");

    private sealed class RunningWorker(InboxWorker worker) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await worker.StopAsync(CancellationToken.None);
            worker.Dispose();
        }
    }
}
