using System.Diagnostics;
using NewsReader.Tests.Shared;

namespace NewsReader.Cli.Tests;

/// <summary>
/// Every verb, run as a process, exits with the same code for the same kind of outcome: 0 every input handled,
/// 2 some input failed, 64 a command line that could not be understood.
/// </summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-exit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("parse {seed}", ExitCodes.Ok)]
    [InlineData("parse --jsonl {seed} {empty}", ExitCodes.InputsFailed)]
    [InlineData("parse {missing}", ExitCodes.InputsFailed)]
    [InlineData("parse --frobnicate {seed}", ExitCodes.Usage)]
    [InlineData("parse", ExitCodes.Usage)]
    [InlineData("ingest --db {db} {seed}", ExitCodes.Ok)]
    [InlineData("ingest --db {db} {seed} {empty}", ExitCodes.InputsFailed)]
    [InlineData("ingest --db {db} {missing}", ExitCodes.InputsFailed)]
    [InlineData("ingest --frobnicate {seed}", ExitCodes.Usage)]
    [InlineData("ingest --db {db}", ExitCodes.Usage)]
    [InlineData("evaluate {corpus}", ExitCodes.Ok)]
    [InlineData("evaluate {broken-corpus}", ExitCodes.InputsFailed)]
    [InlineData("evaluate {missing}", ExitCodes.InputsFailed)]
    [InlineData("evaluate --frobnicate {corpus}", ExitCodes.Usage)]
    [InlineData("evaluate", ExitCodes.Usage)]
    [InlineData("frobnicate {seed}", ExitCodes.Usage)]
    [InlineData("", ExitCodes.Usage)]
    [InlineData("--help", ExitCodes.Ok)]
    public async Task Verb_Outcome_ExitsWithTheSharedCode(string commandLine, int expected)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Resolve).ToArray();

        var (exitCode, stderr) = await RunAsync(args);

        Assert.True(expected == exitCode, $"`newsreader {commandLine}` exited {exitCode}, expected {expected}; stderr:\n{stderr}");
        if (expected == ExitCodes.Ok)
        {
            Assert.Empty(stderr);
        }
        else
        {
            // A non-zero exit always says why.
            Assert.NotEmpty(stderr.Trim());
        }
    }

    [Fact]
    public async Task Evaluate_PageWithoutItsExpectedFile_IsNamedAndTheOtherPagesAreStillScored()
    {
        var corpus = Resolve("{broken-corpus}");

        var (exitCode, stderr, stdout) = await RunWithOutputAsync(["evaluate", corpus]);

        Assert.Equal(ExitCodes.InputsFailed, exitCode);
        Assert.Equal($"{Path.Combine(corpus, "pages", "broken")}: expected.html is missing", stderr.Trim());
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("harbour ", lines[1], StringComparison.Ordinal);
    }

    private string Resolve(string arg) => arg switch
    {
        "{seed}" => TestCorpus.SeedStoryPath,
        "{empty}" => WriteFile("empty.txt", " "),
        "{missing}" => Path.Combine(_folder, "no-such-file.txt"),
        "{db}" => Path.Combine(_folder, "store", "newsreader.db"),
        "{corpus}" => WriteCorpus("corpus", broken: false),
        "{broken-corpus}" => WriteCorpus("broken-corpus", broken: true),
        _ => arg,
    };

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    // A one-page corpus laid out like ../shared/corpus; the broken one adds a page whose expected.html is gone.
    private string WriteCorpus(string name, bool broken)
    {
        var root = Path.Combine(_folder, name);
        var page = Directory.CreateDirectory(Path.Combine(root, "pages", "harbour")).FullName;
        string[] paragraphs =
        [
            "The harbour at Porthmeor reopened on Tuesday after a week of storms had closed it to all but lifeboats.",
            "Fishing crews who had waited out the weather at anchor brought in the first catch before dawn, harbour staff said.",
            "Repairs to the outer wall, breached in two places on Friday night, will take the rest of the month to finish.",
        ];
        File.WriteAllText(Path.Combine(page, "source.html"), $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens after storms | Example News</title></head>
            <body><article><h1>Harbour reopens after storms</h1><p class="byline">By Jane Doe</p>
            {string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}
            </article></body></html>
            """);
        File.WriteAllText(Path.Combine(page, "expected.html"), $"<div>{string.Concat(paragraphs.Select(p => $"<p>{p}</p>"))}</div>");
        File.WriteAllText(Path.Combine(page, "expected-metadata.json"), """{"title": "Harbour reopens after storms", "byline": "By Jane Doe", "lang": "en"}""");
        if (broken)
        {
            var other = Directory.CreateDirectory(Path.Combine(root, "pages", "broken")).FullName;
            File.Copy(Path.Combine(page, "source.html"), Path.Combine(other, "source.html"));
            File.Copy(Path.Combine(page, "expected-metadata.json"), Path.Combine(other, "expected-metadata.json"));
        }

        return root;
    }

    private async Task<(int ExitCode, string Stderr)> RunAsync(string[] args)
    {
        var (exitCode, stderr, _) = await RunWithOutputAsync(args);
        return (exitCode, stderr);
    }

    private async Task<(int ExitCode, string Stderr, string Stdout)> RunWithOutputAsync(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsreader.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NewsReader__DataDirectory"] = Path.Combine(_folder, "data");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stderr, await stdout);
    }
}
