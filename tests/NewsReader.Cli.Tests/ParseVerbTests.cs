using System.Diagnostics;
using System.Text.Json;
using NewsReader.Cli.Parse;
using NewsReader.Tests.Shared;

namespace NewsReader.Cli.Tests;

/// <summary><c>newsreader parse</c> against real files: JSON contract and exit codes.</summary>
public sealed class ParseVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Parse_SeedStory_PrintsTheArticleAsIndentedJson()
    {
        var (exitCode, stdout, stderr) = Run("parse", TestCorpus.SeedStoryPath);

        Assert.Equal(0, exitCode);
        Assert.Empty(stderr);
        Assert.Contains("\n  \"headline\": ", stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("Azerbaijani leader: Cease-fire may improve Armenia relations", root.GetProperty("headline").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("byline").ValueKind);
        Assert.Equal("MOSCOW (AP) —", root.GetProperty("dateline").GetProperty("text").GetString());
        Assert.Equal("MOSCOW", root.GetProperty("dateline").GetProperty("places")[0].GetString());
        Assert.Equal("AP", root.GetProperty("dateline").GetProperty("agency").GetString());
        Assert.Equal(2, root.GetProperty("readingTimeMinutes").GetInt32());
        Assert.False(root.GetProperty("readingTimeEstimated").GetBoolean());
        Assert.Equal("2020-11-21", root.GetProperty("publishedOn").GetString());
        Assert.Equal(10, root.GetProperty("paragraphs").GetArrayLength());
        Assert.Null(root.GetProperty("canonicalUrl").GetString());
        Assert.Null(root.GetProperty("siteName").GetString());
        Assert.Null(root.GetProperty("language").GetString());

        var photo = root.GetProperty("photos")[3];
        Assert.Equal(4, photo.GetProperty("position").GetInt32());
        Assert.Equal(5, photo.GetProperty("count").GetInt32());
        Assert.Equal("Armenia Azerbaijan", photo.GetProperty("slug").GetString());
        Assert.Equal("AP Photo/Sergei Grits", photo.GetProperty("credit").GetString());
        Assert.Equal("Sergei Grits", photo.GetProperty("photographer").GetString());
        Assert.Equal("AP", photo.GetProperty("agency").GetString());
        Assert.Equal("2020-11-20", photo.GetProperty("takenOn").GetString());
        Assert.Equal(JsonValueKind.Null, photo.GetProperty("imageSource").ValueKind);
        Assert.EndsWith("heavy fighting.", photo.GetProperty("caption").GetString(), StringComparison.Ordinal);

        var latest = root.GetProperty("relatedLists")[0];
        Assert.Equal("Latest Stories", latest.GetProperty("heading").GetString());
        Assert.Equal(20, latest.GetProperty("stories").GetArrayLength());
        Assert.StartsWith("Remdesivir, hailed — and taken —", latest.GetProperty("stories")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("The World Health Organization", latest.GetProperty("stories")[0].GetProperty("summary").GetString(), StringComparison.Ordinal);

        var kinds = root.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["dropped", "dropped", "warning"], kinds);
        Assert.Equal(21, root.GetProperty("diagnostics")[0].GetProperty("line").GetInt32());
        Assert.StartsWith("promo block", root.GetProperty("diagnostics")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KeepsTypographicQuotesUnescaped()
    {
        var (_, stdout, _) = Run("parse", TestCorpus.SeedStoryPath);

        Assert.Contains("“vital trade routes”", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseJsonl_SeveralFiles_PrintsOneCompactLinePerFileAndFailsWithTwo()
    {
        var empty = Path.Combine(_folder, "empty.txt");
        File.WriteAllText(empty, string.Empty);
        var missing = Path.Combine(_folder, "missing.txt");

        var (exitCode, stdout, stderr) = Run("parse", "--jsonl", TestCorpus.SeedStoryPath, empty, missing);

        Assert.Equal(ExitCodes.InputsFailed, exitCode);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);

        using (var seed = JsonDocument.Parse(lines[0]))
        {
            Assert.Equal(TestCorpus.SeedStoryPath, seed.RootElement.GetProperty("file").GetString());
            Assert.Equal("Azerbaijani leader: Cease-fire may improve Armenia relations", seed.RootElement.GetProperty("headline").GetString());
            Assert.False(seed.RootElement.TryGetProperty("error", out _));
            Assert.Equal("file", seed.RootElement.EnumerateObject().First().Name);
        }

        using (var failed = JsonDocument.Parse(lines[1]))
        {
            Assert.Equal(empty, failed.RootElement.GetProperty("file").GetString());
            Assert.Equal("the input is empty", failed.RootElement.GetProperty("error").GetString());
            Assert.False(failed.RootElement.TryGetProperty("headline", out _));
        }

        using (var notFound = JsonDocument.Parse(lines[2]))
        {
            Assert.Equal("file not found", notFound.RootElement.GetProperty("error").GetString());
        }

        Assert.Equal([$"{empty}: the input is empty", $"{missing}: file not found"], stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ParseJsonl_AllFilesParse_ExitsZero()
    {
        var (exitCode, stdout, stderr) = Run("parse", "--jsonl", TestCorpus.SeedStoryPath, TestCorpus.SeedStoryPath);

        Assert.Equal(0, exitCode);
        Assert.Empty(stderr);
        Assert.Equal(2, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Parse_BinaryFile_ExitsTwoWithTheReasonOnStderr()
    {
        var binary = Path.Combine(_folder, "photo.jpg");
        File.WriteAllBytes(binary, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]);

        var (exitCode, stdout, stderr) = Run("parse", binary);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.StartsWith($"{binary}: the input looks like binary data", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FileOverTheSizeLimit_FailsWithoutReadingIt()
    {
        var huge = Path.Combine(_folder, "huge.txt");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var (exitCode, _, stderr) = Run("parse", huge);

        Assert.Equal(2, exitCode);
        Assert.Equal($"{huge}: the file is 50.0 MB; the limit is 16 MB", stderr.Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("--frobnicate x.txt")]
    [InlineData("a.txt b.txt")]
    public void Parse_BadCommandLine_ExitsWithUsageCode(string commandLine)
    {
        var (exitCode, stdout, stderr) = Run(["parse", .. commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Empty(stdout);
        Assert.StartsWith("newsreader parse:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Newsreader_AsAProcess_ExitsTwoWhenAFileFails()
    {
        var empty = Path.Combine(_folder, "empty.txt");
        File.WriteAllText(empty, " ");
        var entry = Path.Combine(AppContext.BaseDirectory, "newsreader.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { entry, "parse", "--jsonl", TestCorpus.SeedStoryPath, empty })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, process.ExitCode);
        Assert.Equal(2, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal($"{empty}: the input contains only whitespace", stderr.Trim());
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        Assert.Equal("parse", args[0]);
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = ParseCommand.Run(args[1..], stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
