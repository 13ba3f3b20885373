using Microsoft.Extensions.Logging.Abstractions;
using NewsReader.Data.Media;

namespace NewsReader.Data.Tests.Media;

public sealed class MediaCopierTests : IDisposable
{
    // A real 3x2 PNG: signature, IHDR, IDAT, IEND.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEklEQVR4nGP4z8DwHwyBBAMDAE2DBvpMmMAYAAAAAElFTkSuQmCC");

    private readonly string _root = Directory.CreateTempSubdirectory("newsreader-media-").FullName;

    private string Media => Path.Combine(_root, "media");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Copy_SavedPageWithFilesFolder_StoresImagesUnderContentHashWithTheirSize()
    {
        var article = SavedPage("story", ("photo.jpg", Png));
        var copier = new MediaCopier(Media, NullLogger<MediaCopier>.Instance);

        var result = await copier.CopyAsync(article, ["./story_files/photo.jpg"], TestContext.Current.CancellationToken);

        var image = Assert.Single(result.Images);
        Assert.NotNull(image);
        Assert.Equal("image/png", image.ContentType);
        Assert.EndsWith(".png", image.FileName, StringComparison.Ordinal);
        Assert.Equal(64 + 4, image.FileName.Length);
        Assert.Equal((3, 2), (image.Width, image.Height));
        Assert.Equal(Png, await File.ReadAllBytesAsync(Path.Combine(Media, image.FileName), TestContext.Current.CancellationToken));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task Copy_MissingFakeAndEscapingImages_AreSkippedWithDiagnostics()
    {
        var article = SavedPage("story", ("fake.jpg", "<html>not an image</html>"u8.ToArray()), ("real.png", Png));
        await File.WriteAllBytesAsync(Path.Combine(_root, "secret.png"), Png, TestContext.Current.CancellationToken);
        var copier = new MediaCopier(Media, NullLogger<MediaCopier>.Instance);

        var result = await copier.CopyAsync(
            article,
            ["story_files/missing.jpg", "story_files/fake.jpg", "../secret.png", null, "https://example.com/img/real.png?w=300"],
            TestContext.Current.CancellationToken);

        Assert.Null(result.Images[0]);
        Assert.Null(result.Images[1]);
        Assert.Null(result.Images[2]);
        Assert.Null(result.Images[3]);
        Assert.NotNull(result.Images[4]);
        Assert.Equal(3, result.Diagnostics.Count);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.StartsWith("Photo 2: fake.jpg is not a JPEG, PNG, GIF or WebP image", StringComparison.Ordinal));
    }

    [Fact]
    public void FindAssetFolder_FolderNamedLikeTheArticle_IsFound()
    {
        var article = Path.Combine(_root, "ap-story.txt");
        File.WriteAllText(article, "Headline");
        Directory.CreateDirectory(Path.Combine(_root, "ap-story"));

        Assert.Equal(Path.Combine(_root, "ap-story"), MediaCopier.FindAssetFolder(article));
    }

    [Fact]
    public void Read_JpegHeader_GivesItsDimensions()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03, 0x01, 0x22, 0x00];

        var info = ImageSniffer.Read(jpeg);

        Assert.Equal(new ImageInfo("image/jpeg", ".jpg", 640, 480), info);
    }

    private string SavedPage(string name, params (string File, byte[] Bytes)[] files)
    {
        var article = Path.Combine(_root, name + ".html");
        File.WriteAllText(article, "<html><body><h1>Story</h1></body></html>");
        var folder = Directory.CreateDirectory(Path.Combine(_root, name + "_files")).FullName;
        foreach (var (file, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(folder, file), bytes);
        }

        return article;
    }
}
