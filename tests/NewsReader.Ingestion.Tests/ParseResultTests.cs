namespace NewsReader.Ingestion.Tests;

public sealed class ParseResultTests
{
    [Fact]
    public void Because_NamesTheReason_AndHasNoLine()
    {
        var failure = ParseFailure.Because("the file is empty");

        Assert.False(failure.Succeeded);
        Assert.Equal("the file is empty", failure.Reason);
        Assert.Null(failure.Line);
        Assert.Empty(failure.Diagnostics);
    }
}
