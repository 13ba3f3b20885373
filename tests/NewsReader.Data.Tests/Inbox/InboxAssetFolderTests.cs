using Microsoft.EntityFrameworkCore;
using NewsReader.Data.Model;
using NewsReader.Data.Tests.Media;

using static NewsReader.Data.Tests.Inbox.InboxHarness;

namespace NewsReader.Data.Tests.Inbox;

/// <summary>A page and its asset folder travel through the inbox as one unit.</summary>
public sealed class InboxAssetFolderTests
{
    private static readonly byte[] Boats = TestImages.Png(40, 30);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Inbox_SavedPageWithFilesFolder_IsIngestedWithItsImageAndArchivedTogether()
    {
        await using var store = await CreateStoreAsync();
        await using var worker = await StartWorkerAsync(store, Token);

        TestImages.WriteFolder(Path.Combine(InboxFolder(store), "harbour_files"), ("boats.png", Boats), ("frame.html", "<html><body><h1>Frame</h1></body></html>"u8.ToArray()));
        TestImages.WritePage(InboxFolder(store), "harbour", "Harbour reopens after storm", "harbour_files/boats.png");

        await WaitUntilAsync(() => File.Exists(Path.Combine(ArchiveFolder(store), "harbour.html")), Token);
        Assert.Empty(Directory.EnumerateFileSystemEntries(InboxFolder(store)));
        Assert.Equal(Boats, await File.ReadAllBytesAsync(Path.Combine(ArchiveFolder(store), "harbour_files", "boats.png"), Token));
        Assert.True(File.Exists(Path.Combine(ArchiveFolder(store), "harbour_files", "frame.html")));
        var photo = await store.WithDbAsync(db => db.Photos.SingleAsync(Token));
        Assert.Equal(TestImages.HashName(Boats, ".png"), photo.ImageFileName);
        Assert.Equal((40, 30), (photo.ImageWidth, photo.ImageHeight));
        var file = await store.WithDbAsync(db => db.IngestedFiles.SingleAsync(Token));
        Assert.Equal(IngestOutcome.Ingested, file.Outcome);
        Assert.EndsWith("harbour.html", file.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_FolderStillFilling_IsWaitedForBeforeThePageIsIngested()
    {
        // The settle time is far longer than the pause between two files, so that a loaded machine stalling the writer
        // does not let the folder settle while it is still filling.
        await using var store = await CreateStoreAsync(settleTime: "00:00:05");
        await using var worker = await StartWorkerAsync(store, Token);
        var folder = Path.Combine(InboxFolder(store), "harbour_files");
        TestImages.WriteFolder(folder, ("script.js", "let x = 1;"u8.ToArray()));
        TestImages.WritePage(InboxFolder(store), "harbour", "Harbour reopens after storm", "harbour_files/boats.png");

        // A file lands in the folder every 100 ms, well inside the five-second settle time, for a second.
        for (var i = 0; i < 10; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, $"part-{i}.js"), [(byte)i], Token);
            await Task.Delay(100, Token);
        }

        Assert.Equal(0, await store.WithDbAsync(db => db.IngestedFiles.CountAsync(Token)));
        Assert.True(File.Exists(Path.Combine(InboxFolder(store), "harbour.html")));
        await File.WriteAllBytesAsync(Path.Combine(folder, "boats.png"), Boats, Token);

        await WaitUntilAsync(() => File.Exists(Path.Combine(ArchiveFolder(store), "harbour.html")), Token);
        Assert.Equal(TestImages.HashName(Boats, ".png"), await store.WithDbAsync(db => db.Photos.Select(p => p.ImageFileName).SingleAsync(Token)));
        Assert.Equal(12, Directory.GetFiles(Path.Combine(ArchiveFolder(store), "harbour_files")).Length);
    }

    [Fact]
    public async Task Inbox_PageThatArrivesBeforeItsFolder_WaitsForTheFolder()
    {
        await using var store = await CreateStoreAsync();
        await using var worker = await StartWorkerAsync(store, Token);

        TestImages.WritePage(InboxFolder(store), "harbour", "Harbour reopens after storm", "harbour_files/boats.png");
        await Task.Delay(TimeSpan.FromSeconds(1.5), Token);
        Assert.Equal(0, await store.WithDbAsync(db => db.IngestedFiles.CountAsync(Token)));
        TestImages.WriteFolder(Path.Combine(InboxFolder(store), "harbour_files"), ("boats.png", Boats));

        await WaitUntilAsync(() => File.Exists(Path.Combine(ArchiveFolder(store), "harbour.html")), Token);
        Assert.True(File.Exists(Path.Combine(ArchiveFolder(store), "harbour_files", "boats.png")));
        Assert.Equal(TestImages.HashName(Boats, ".png"), await store.WithDbAsync(db => db.Photos.Select(p => p.ImageFileName).SingleAsync(Token)));
    }

    [Fact]
    public async Task Inbox_PageWhoseFolderNeverComes_IsTakenWithoutItAfterTheFolderWait()
    {
        await using var store = await CreateStoreAsync(folderWait: "00:00:01");
        await using var worker = await StartWorkerAsync(store, Token);

        TestImages.WritePage(InboxFolder(store), "harbour", "Harbour reopens after storm", "harbour_files/boats.png");

        await WaitUntilAsync(() => File.Exists(Path.Combine(ArchiveFolder(store), "harbour.html")), Token);
        Assert.Null(await store.WithDbAsync(db => db.Photos.Select(p => p.ImageFileName).SingleAsync(Token)));
        Assert.Equal(IngestOutcome.Ingested, await store.WithDbAsync(db => db.IngestedFiles.Select(f => f.Outcome).SingleAsync(Token)));
    }

    [Fact]
    public async Task Inbox_FailedFileWithItsFolder_GoesToFailedTogetherBesideTheReason()
    {
        await using var store = await CreateStoreAsync();
        Directory.CreateDirectory(InboxFolder(store));
        await File.WriteAllTextAsync(Path.Combine(InboxFolder(store), "notes.txt"), "shopping list\n\n- eggs\n", Token);
        TestImages.WriteFolder(Path.Combine(InboxFolder(store), "notes"), ("1.png", Boats));

        await using var worker = await StartWorkerAsync(store, Token);

        await WaitUntilAsync(() => File.Exists(Path.Combine(FailedFolder(store), "notes.txt")), Token);
        Assert.Empty(Directory.EnumerateFileSystemEntries(InboxFolder(store)));
        Assert.Equal(Boats, await File.ReadAllBytesAsync(Path.Combine(FailedFolder(store), "notes", "1.png"), Token));
        Assert.True(File.Exists(Path.Combine(FailedFolder(store), "notes.txt.error.txt")));
        Assert.Equal(0, await store.WithDbAsync(db => db.Articles.CountAsync(Token)));
    }

    [Fact]
    public async Task Inbox_PageNamedLikeOneInTheArchive_KeepsBothAndRenamesItsFolderToMatch()
    {
        await using var store = await CreateStoreAsync();
        TestImages.WriteFolder(Path.Combine(ArchiveFolder(store), "harbour_files"), ("old.png", TestImages.Png(2, 2)));
        await File.WriteAllTextAsync(Path.Combine(ArchiveFolder(store), "harbour.html"), "<html>older page</html>", Token);
        TestImages.WriteFolder(Path.Combine(InboxFolder(store), "harbour_files"), ("boats.png", Boats));
        TestImages.WritePage(InboxFolder(store), "harbour", "Harbour reopens after storm", "harbour_files/boats.png");

        await using var worker = await StartWorkerAsync(store, Token);

        await WaitUntilAsync(() => File.Exists(Path.Combine(ArchiveFolder(store), "harbour-2.html")), Token);
        Assert.Equal(Boats, await File.ReadAllBytesAsync(Path.Combine(ArchiveFolder(store), "harbour-2_files", "boats.png"), Token));
        Assert.Equal("<html>older page</html>", await File.ReadAllTextAsync(Path.Combine(ArchiveFolder(store), "harbour.html"), Token));
        Assert.Equal(["old.png"], Directory.GetFiles(Path.Combine(ArchiveFolder(store), "harbour_files")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Inbox_FolderWithoutItsPage_IsNotAnItemAndStaysInTheInbox()
    {
        await using var store = await CreateStoreAsync();
        TestImages.WriteFolder(Path.Combine(InboxFolder(store), "orphan_files"), ("page.html", "<html><body><h1>Inner frame</h1><p>Text.</p></body></html>"u8.ToArray()), ("boats.png", Boats));
        TestImages.WritePage(InboxFolder(store), "harbour", "Harbour reopens after storm");

        await using var worker = await StartWorkerAsync(store, Token);

        await WaitUntilAsync(() => File.Exists(Path.Combine(ArchiveFolder(store), "harbour.html")), Token);
        await Task.Delay(TimeSpan.FromSeconds(1.5), Token);
        Assert.True(File.Exists(Path.Combine(InboxFolder(store), "orphan_files", "page.html")));
        Assert.True(File.Exists(Path.Combine(InboxFolder(store), "orphan_files", "boats.png")));
        Assert.Equal(1, await store.WithDbAsync(db => db.IngestedFiles.CountAsync(Token)));
        Assert.Empty(Directory.GetFiles(FailedFolder(store)));
    }

    private static Task<TestStore> CreateStoreAsync(string settleTime = "00:00:00.300", string folderWait = "00:00:30") =>
        TestStore.CreateAsync(
            services => services.AddNewsInbox(),
            new Dictionary<string, string?>
            {
                ["NewsReader:InboxRescanInterval"] = "00:00:01",
                ["NewsReader:InboxSettleTime"] = settleTime,
                ["NewsReader:InboxFolderWait"] = folderWait,
            },
            useSystemClock: true);
}
