using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Data;
using NewsReader.Web.Infrastructure;

namespace NewsReader.Web.Tests;

/// <summary>The media folder's listing that photos are checked against as pages render, on a real folder.</summary>
public sealed class MediaFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-media-").FullName;
    private readonly MediaFiles _media;

    public MediaFilesTests()
    {
        File.WriteAllText(Path.Combine(_folder, "boats.png"), "png");
        _media = new MediaFiles(Options.Create(new NewsReaderOptions { MediaPath = _folder }), NullLogger<MediaFiles>.Instance);
    }

    public void Dispose()
    {
        _media.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("boats.png", true)]
    [InlineData("crane.jpg", false)]
    [InlineData("../boats.png", false)]
    [InlineData("sub/boats.png", false)]
    public void Contains_BareNameOfAFileInTheFolder_IsTheOnlyYes(string name, bool expected) =>
        Assert.Equal(expected, _media.Contains(name));

    [Fact]
    public async Task Contains_FileDeletedByHandAfterTheFolderWasListed_IsNoOnceTheWatcherSeesIt()
    {
        Assert.True(_media.Contains("boats.png"));

        File.Delete(Path.Combine(_folder, "boats.png"));

        await WaitUntilAsync(() => !_media.Contains("boats.png"));
    }

    [Fact]
    public void Contains_FileAddedThenAnIngestBatchCommitted_IsYesAtOnce()
    {
        Assert.False(_media.Contains("crane.jpg"));

        File.WriteAllText(Path.Combine(_folder, "crane.jpg"), "jpg");
        _media.Invalidate();

        Assert.True(_media.Contains("crane.jpg"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "The media listing did not notice in time.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
