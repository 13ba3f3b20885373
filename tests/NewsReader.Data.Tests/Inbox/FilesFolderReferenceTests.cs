using System.Text;
using NewsReader.Data.Inbox;

namespace NewsReader.Data.Tests.Inbox;

/// <summary>
/// How the inbox tells that a settled page names a <c>NAME_files/</c> folder still to come (and so waits for it):
/// read in pieces, a mention anywhere in the first <see cref="InboxWorker.MaxReferenceScanBytes"/> counts.
/// </summary>
public sealed class FilesFolderReferenceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-refers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(InboxWorker.ReferenceScanChunkBytes - 15)]
    [InlineData(InboxWorker.ReferenceScanChunkBytes * 3 - 12)]
    [InlineData(InboxWorker.MaxReferenceScanBytes - 40)]
    public void RefersToFilesFolder_MentionAnywhereInTheScannedPrefix_IsFound(int offset)
    {
        var page = WritePage("harbour.html", offset, """<img src="harbour_files/boats.png">""");

        Assert.True(InboxWorker.RefersToFilesFolder(page));
    }

    [Fact]
    public void RefersToFilesFolder_EscapedNameSplitAcrossTwoReads_IsFound()
    {
        var page = WritePage("harbour at dawn.html", InboxWorker.ReferenceScanChunkBytes - 20, """<img src="harbour%20at%20dawn_files/boats.png">""");

        Assert.True(InboxWorker.RefersToFilesFolder(page));
    }

    [Fact]
    public void RefersToFilesFolder_MentionOnlyPastTheScannedPrefix_IsNotFound()
    {
        var page = WritePage("harbour.html", InboxWorker.MaxReferenceScanBytes, """<img src="harbour_files/boats.png">""");

        Assert.False(InboxWorker.RefersToFilesFolder(page));
    }

    [Theory]
    [InlineData("""<img src="other_files/boats.png">""")]
    [InlineData("""<img src="harbour_files">""")]
    [InlineData("")]
    public void RefersToFilesFolder_NoMentionOfItsOwnFolder_IsNotFound(string markup)
    {
        var page = WritePage("harbour.html", 100, markup);

        Assert.False(InboxWorker.RefersToFilesFolder(page));
    }

    [Fact]
    public void RefersToFilesFolder_FileGone_IsNotFound() =>
        Assert.False(InboxWorker.RefersToFilesFolder(Path.Combine(_folder, "gone.html")));

    // The markup at the given byte offset, after filler that mentions nothing. Its folder name begins 10 bytes
    // in, so an offset 15 short of a read's end splits the name across two reads.
    private string WritePage(string name, int offset, string markup)
    {
        var path = Path.Combine(_folder, name);
        var bytes = new byte[offset + Encoding.UTF8.GetByteCount(markup) + 100];
        bytes.AsSpan().Fill((byte)' ');
        Encoding.UTF8.GetBytes(markup, bytes.AsSpan(offset));
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
