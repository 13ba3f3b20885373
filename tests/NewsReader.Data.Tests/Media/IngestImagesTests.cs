using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Data.Ingest;
using NewsReader.Data.Model;
using NewsReader.Tests.Shared;

namespace NewsReader.Data.Tests.Media;

/// <summary>Ingesting articles with their image folders, through the real parser, copier and importer, into SQLite on disk.</summary>
public sealed class IngestImagesTests
{
    private static readonly byte[] Boats = TestImages.Png(40, 30);
    private static readonly byte[] Quay = TestImages.Jpeg(24, 16);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_SavedPageWithFilesFolder_StoresImagesUnderContentHashNamesWithTheirSizes()
    {
        await using var store = await TestStore.CreateAsync();
        var page = WriteHarbourPage(store);

        var outcome = Assert.Single((await IngestAsync(store, page)).Outcomes);

        Assert.Equal(IngestOutcome.Ingested, outcome.Outcome);
        var photos = await PhotosAsync(store);
        Assert.Equal(4, photos.Count);
        Assert.Equal((TestImages.HashName(Boats, ".png"), "image/png", 40, 30), Image(photos[0]));
        Assert.Equal((TestImages.HashName(Quay, ".jpg"), "image/jpeg", 24, 16), Image(photos[1]));
        Assert.Equal((null, null, null, null), Image(photos[2]));
        Assert.Equal((null, null, null, null), Image(photos[3]));
        Assert.Equal("./harbour_files/boats.png", photos[0].ImageSource);
        Assert.Equal(Boats, await File.ReadAllBytesAsync(Path.Combine(MediaFolder(store), photos[0].ImageFileName!), Token));
        Assert.Equal(Quay, await File.ReadAllBytesAsync(Path.Combine(MediaFolder(store), photos[1].ImageFileName!), Token));
        Assert.Equal(2, Directory.GetFiles(MediaFolder(store)).Length);
    }

    [Fact]
    public async Task Ingest_FakeAndMissingImages_AreWarningsAndTheArticleStillIngests()
    {
        await using var store = await TestStore.CreateAsync();
        var page = WriteHarbourPage(store);

        var outcome = Assert.Single((await IngestAsync(store, page)).Outcomes);

        Assert.Equal(IngestOutcome.Ingested, outcome.Outcome);
        Assert.Null(outcome.Error);
        Assert.Equal(2, outcome.Warnings.Count);
        Assert.StartsWith("Photo 3: fake.jpg is not a JPEG, PNG, GIF or WebP image", outcome.Warnings[0], StringComparison.Ordinal);
        Assert.Equal("Photo 4: harbour_files/missing.jpg is not in harbour_files; skipped.", outcome.Warnings[1]);
        Assert.Equal("Harbour reopens after storm", await store.WithDbAsync(db => db.Articles.Select(a => a.Headline).SingleAsync(Token)));
    }

    [Fact]
    public async Task Ingest_SamePageAgain_IsUnchangedAndKeepsItsImages()
    {
        await using var store = await TestStore.CreateAsync();
        var page = WriteHarbourPage(store);
        await IngestAsync(store, page);
        var before = await PhotosAsync(store);

        var again = Assert.Single((await IngestAsync(store, page)).Outcomes);

        Assert.Equal(IngestOutcome.Unchanged, again.Outcome);
        Assert.Equal(before.Select(Image), (await PhotosAsync(store)).Select(Image));
        Assert.Equal(2, Directory.GetFiles(MediaFolder(store)).Length);
    }

    [Fact]
    public async Task Ingest_PageWhoseImageFileChanged_UpdatesThePhotosImage()
    {
        await using var store = await TestStore.CreateAsync();
        var page = WriteHarbourPage(store);
        await IngestAsync(store, page);
        var wider = TestImages.Png(60, 20, red: 0x10);
        await File.WriteAllBytesAsync(Path.Combine(store.Root, "pages", "harbour_files", "boats.png"), wider, Token);

        var again = Assert.Single((await IngestAsync(store, page)).Outcomes);

        Assert.Equal(IngestOutcome.Updated, again.Outcome);
        var photos = await PhotosAsync(store);
        Assert.Equal((TestImages.HashName(wider, ".png"), "image/png", 60, 20), Image(photos[0]));
        Assert.Equal((TestImages.HashName(Quay, ".jpg"), "image/jpeg", 24, 16), Image(photos[1]));
        Assert.Equal(1, await store.WithDbAsync(db => db.Articles.CountAsync(Token)));
    }

    [Fact]
    public async Task Ingest_UpdatedPageNamingAnotherImage_UpdatesThePhotosImage()
    {
        await using var store = await TestStore.CreateAsync();
        var folder = Path.Combine(store.Root, "pages");
        var ferry = TestImages.Png(16, 9);
        TestImages.WriteFolder(Path.Combine(folder, "harbour_files"), ("boats.png", Boats), ("ferry.png", ferry));
        var page = TestImages.WritePage(folder, "harbour", "Harbour reopens after storm", "harbour_files/boats.png");
        await IngestAsync(store, page);

        TestImages.WritePage(folder, "harbour", "Harbour reopens after storm", "harbour_files/ferry.png");
        var again = Assert.Single((await IngestAsync(store, page)).Outcomes);

        Assert.Equal(IngestOutcome.Updated, again.Outcome);
        var photo = Assert.Single(await PhotosAsync(store));
        Assert.Equal((TestImages.HashName(ferry, ".png"), "image/png", 16, 9), Image(photo));
    }

    [Fact]
    public async Task Ingest_TextDumpWithNumberedImagesBesideIt_GivesThosePhotosTheirImages()
    {
        await using var store = await TestStore.CreateAsync();
        var folder = Directory.CreateDirectory(Path.Combine(store.Root, "dumps")).FullName;
        var story = Path.Combine(folder, "ceasefire.txt");
        File.Copy(TestCorpus.SeedStoryPath, story);
        var first = TestImages.Jpeg(32, 24);
        var third = TestImages.Png(12, 18);
        TestImages.WriteFolder(Path.Combine(folder, "ceasefire"), ("photo-1.jpg", first), ("03.png", third), ("notes.txt", "not a photo"u8.ToArray()));

        var outcome = Assert.Single((await IngestAsync(store, story)).Outcomes);

        Assert.Equal(IngestOutcome.Ingested, outcome.Outcome);
        var photos = await PhotosAsync(store);
        Assert.Equal(5, photos.Count);
        Assert.Equal((TestImages.HashName(first, ".jpg"), "image/jpeg", 32, 24), Image(photos[0]));
        Assert.Equal((TestImages.HashName(third, ".png"), "image/png", 12, 18), Image(photos[2]));
        Assert.All(new[] { photos[1], photos[3], photos[4] }, photo => Assert.Null(photo.ImageFileName));
        Assert.Equal(
            ["Photo 2: no file numbered 2 in ceasefire; skipped.", "Photo 4: no file numbered 4 in ceasefire; skipped.", "Photo 5: no file numbered 5 in ceasefire; skipped."],
            outcome.Warnings);
    }

    [Fact]
    public async Task Ingest_PageNamingNoImagesWithAFilesFolder_TakesNothingFromTheFolderByNumber()
    {
        await using var store = await TestStore.CreateAsync();
        var folder = Path.Combine(store.Root, "pages");
        var page = TestImages.WritePage(folder, "harbour", "Harbour reopens after storm", "harbour_files/boats.png");
        await File.WriteAllTextAsync(page, (await File.ReadAllTextAsync(page, Token)).Replace(" src=\"harbour_files/boats.png\"", "", StringComparison.Ordinal), Token);
        TestImages.WriteFolder(Path.Combine(folder, "harbour_files"), ("image1.png", Boats));

        var outcome = Assert.Single((await IngestAsync(store, page)).Outcomes);

        Assert.Equal(IngestOutcome.Ingested, outcome.Outcome);
        Assert.Empty(outcome.Warnings);
        var photo = Assert.Single(await PhotosAsync(store));
        Assert.Null(photo.ImageSource);
        Assert.Null(photo.ImageFileName);
    }

    [Fact]
    public async Task Ingest_TextDumpWithoutAFolder_StoresNoImagesAndNoWarnings()
    {
        await using var store = await TestStore.CreateAsync();

        var outcome = Assert.Single((await IngestAsync(store, TestCorpus.SeedStoryPath)).Outcomes);

        Assert.Equal(IngestOutcome.Ingested, outcome.Outcome);
        Assert.Empty(outcome.Warnings);
        Assert.All(await PhotosAsync(store), photo => Assert.Null(photo.ImageFileName));
        Assert.False(Directory.Exists(MediaFolder(store)) && Directory.EnumerateFiles(MediaFolder(store)).Any());
    }

    [Theory]
    [InlineData("harbour.htm")]
    [InlineData("harbour.txt")]
    [InlineData("harbour")]
    public async Task Ingest_HtmlPageUnderAnyName_IsReadAsHtmlByItsContent(string fileName)
    {
        await using var store = await TestStore.CreateAsync();
        var written = TestImages.WritePage(Path.Combine(store.Root, "saved"), "page", "Harbour reopens after storm");
        var path = Path.Combine(store.Root, "saved", fileName);
        File.Move(written, path);

        var outcome = Assert.Single((await IngestAsync(store, path)).Outcomes);

        Assert.Equal(IngestOutcome.Ingested, outcome.Outcome);
        var article = await store.WithDbAsync(db => db.Articles.SingleAsync(Token));
        Assert.Equal("Harbour reopens after storm", article.Headline);
        Assert.Equal("https://news.example/page", article.CanonicalUrl);
        Assert.Equal("Example News", article.SiteName);
        Assert.Equal("en", article.Language);
    }

    // Four photos: a real PNG, a real JPEG, a text file named .jpg, and a file that is not there.
    private static string WriteHarbourPage(TestStore store)
    {
        var folder = Path.Combine(store.Root, "pages");
        TestImages.WriteFolder(
            Path.Combine(folder, "harbour_files"),
            ("boats.png", Boats),
            ("quay.jpg", Quay),
            ("fake.jpg", "this is text, not a JPEG"u8.ToArray()),
            ("style.css", "body { color: black }"u8.ToArray()));
        return TestImages.WritePage(
            folder,
            "harbour",
            "Harbour reopens after storm",
            "./harbour_files/boats.png",
            "harbour_files/quay.jpg",
            "harbour_files/fake.jpg",
            "harbour_files/missing.jpg");
    }

    private static async Task<IngestSummary> IngestAsync(TestStore store, string path)
    {
        await using var scope = store.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FileIngestor>().IngestAsync([path], null, Token);
    }

    private static Task<List<Photo>> PhotosAsync(TestStore store) =>
        store.WithDbAsync(db => db.Photos.AsNoTracking().OrderBy(p => p.Position).ToListAsync(Token));

    private static (string?, string?, int?, int?) Image(Photo photo) => (photo.ImageFileName, photo.ImageContentType, photo.ImageWidth, photo.ImageHeight);

    private static string MediaFolder(TestStore store) => Path.Combine(store.Root, "data", "media");
}
