using NewsReader.Cli.Ingest;

namespace NewsReader.Cli.Tests;

/// <summary>Which files a folder handed to <c>ingest</c> stands for, on a tree the size of a real archive.</summary>
public sealed class IngestInputsTests : IDisposable
{
    private const int Units = 1500;

    private readonly string _root = Directory.CreateTempSubdirectory("newsreader-inputs-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Expand_LargeTreeOfArticlesWithAssetFolders_GivesEachArticleOnceAndNothingFromTheirFolders()
    {
        var expected = new List<string>();
        for (var i = 0; i < Units; i++)
        {
            // Spread over nested folders, as a year of saved pages would be.
            var folder = Path.Combine(_root, $"month-{i % 12:00}", $"day-{i % 31:00}");
            expected.Add(Write(folder, $"story-{i}.txt"));
            Write(Path.Combine(folder, $"story-{i}"), "1.jpg");
            Write(Path.Combine(folder, $"story-{i}", "more"), "notes.txt");
            expected.Add(Write(folder, $"page-{i}.html"));
            Write(Path.Combine(folder, $"page-{i}_files"), "photo.jpg");
            Write(Path.Combine(folder, $"page-{i}_files"), "frame.html");
        }

        Write(Path.Combine(_root, "orphan_files"), "frame.html");
        Write(Path.Combine(_root, ".git"), "HEAD");
        Write(_root, ".hidden.txt");
        // A folder named like another file's asset folder only counts beside that file.
        expected.Add(Write(Path.Combine(_root, "month-01", "story-0"), "elsewhere.txt"));

        var (files, missing) = IngestInputs.Expand([_root]);

        Assert.Empty(missing);
        Assert.Equal(expected.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Expand_FolderHandedOverIsNamedLikeAnAssetFolder_StillGivesItsFiles()
    {
        var saved = Path.Combine(_root, "harbour_files");
        var page = Write(saved, "inner.html");
        Write(_root, "harbour.html");

        var (files, _) = IngestInputs.Expand([saved]);

        Assert.Equal([page], files);
    }

    [Fact]
    public void Expand_SameFileGivenTwiceAndAMissingPath_GivesTheFileOnceAndNamesTheMissingPath()
    {
        var story = Write(_root, "story.txt");
        var missing = Path.Combine(_root, "gone");

        var (files, missingPaths) = IngestInputs.Expand([story, _root, missing]);

        Assert.Equal([story], files);
        Assert.Equal([missing], missingPaths);
    }

    private static string Write(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, name);
        return path;
    }
}
