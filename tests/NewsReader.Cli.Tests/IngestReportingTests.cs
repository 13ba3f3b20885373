using NewsReader.Cli.Ingest;
using NewsReader.Data.Ingest;
using NewsReader.Data.Model;

namespace NewsReader.Cli.Tests;

/// <summary>How <c>ingest</c> tells a bad file from a file that tripped a bug in NewsReader.</summary>
public sealed class IngestReportingTests
{
    private static readonly ImportOutcome Stored = new("/in/good.txt", IngestOutcome.Ingested, 1, "good", null);
    private static readonly ImportOutcome BadFile = new("/in/empty.txt", IngestOutcome.Failed, null, null, "the file is empty");
    private static readonly ImportOutcome Tripped = new("/in/odd.txt", IngestOutcome.Failed, null, null, "NewsReader failed while parsing this file")
    {
        Bug = new InvalidOperationException("boom"),
    };

    [Fact]
    public void Report_BadFileAndBug_PrintAFailedLineAndAnErrorLine()
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter { NewLine = "\n" };
        var progress = new ProgressReporter(output, errors, interactive: false, total: 3);

        progress.Report(Stored);
        progress.Report(BadFile);
        progress.Report(Tripped);

        Assert.Equal("ingested  /in/good.txt -> good\n", output.ToString());
        Assert.Equal(
            "failed    /in/empty.txt: the file is empty\nerror     /in/odd.txt: NewsReader failed while parsing this file\n",
            errors.ToString());
    }

    [Theory]
    [InlineData(false, false, 0, ExitCodes.Ok)]
    [InlineData(true, false, 0, ExitCodes.InputsFailed)]
    [InlineData(false, false, 1, ExitCodes.InputsFailed)]
    [InlineData(false, true, 0, ExitCodes.InternalError)]
    [InlineData(true, true, 1, ExitCodes.InternalError)]
    public void ExitCode_OfARun_IsTheSharedCodeAndABugOutranksBadFiles(bool badFile, bool bug, int missing, int expected)
    {
        List<ImportOutcome> outcomes = [Stored];
        if (badFile)
        {
            outcomes.Add(BadFile);
        }

        if (bug)
        {
            outcomes.Add(Tripped);
        }

        Assert.Equal(expected, IngestCommand.ExitCode(new IngestSummary(outcomes), missing));
    }
}
