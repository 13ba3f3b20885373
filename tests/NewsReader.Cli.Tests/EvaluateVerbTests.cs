using NewsReader.Cli.Evaluate;
using NewsReader.Tests.Shared;

namespace NewsReader.Cli.Tests;

public sealed class EvaluateVerbTests
{
    private static readonly string Expectations = Path.Combine(
        TestCorpus.RepositoryRoot, "tests", "NewsReader.Ingestion.Tests", "Html", "TestData", "html-expectations.json");

    [Fact]
    public void Evaluate_Corpus_PrintsALinePerPageAndTheTotals()
    {
        var corpus = TestCorpus.RequireDirectory();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = EvaluateCommand.Run([corpus, "--expected", Expectations], stdout, stderr);

        Assert.Equal(0, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var pages = Directory.GetDirectories(Path.Combine(corpus, "pages")).Length;
        Assert.Equal(pages + 2, lines.Length);
        Assert.StartsWith("page ", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("yahoo-2 ", StringComparison.Ordinal));
        Assert.StartsWith("English body F1 0.", lines[^1]);
    }

    [Fact]
    public void Evaluate_FolderWithoutPages_FailsAsAnInputNamingTheFolder()
    {
        var stderr = new StringWriter();

        var exit = EvaluateCommand.Run([Path.GetTempPath()], new StringWriter(), stderr);

        Assert.Equal(ExitCodes.InputsFailed, exit);
        Assert.Contains("no pages/ folder", stderr.ToString());
    }
}
