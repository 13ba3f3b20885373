using NewsReader.Ingestion.Evaluation;
using NewsReader.Ingestion.Tests.Html;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Corpus;

/// <summary>
/// The text parser's bylines on the corpus dumps against the expected bylines the HTML parser is held to (Readability's,
/// with the same corrections), compared as sets of names. A dump often sets the writer's name without a "By".
/// </summary>
public sealed class TextBylineTests(ITestOutputHelper output)
{
    // Today 80% (w3m) and 83% (innerText) of the 41 article pages (39% before bare names were read); every English
    // page but salon-1 (the name run into the standfirst) and citylab-1's w3m dump (a numbered list item) is right.
    // The other misses: Chinese and Japanese credits, heise's brand ("Mac & i"), and two pages whose expected byline
    // the dump cannot give (folha's is not in it; liberation-1's is a related story's). Raise the floors as the parser
    // improves.
    [Theory]
    [InlineData(CorpusPages.W3m, 0.80)]
    [InlineData(CorpusPages.InnerText, 0.82)]
    public void Parse_CorpusDumps_BylineRightOnAtLeastTheFloor(string dump, double floor)
    {
        var rows = new List<(string Page, string? Expected, string? Actual, bool Right)>();
        foreach (var page in HtmlCorpusEvaluationTests.Expectations.Headlines.Keys.Order(StringComparer.Ordinal))
        {
            var expected = HtmlCorpusEvaluation.ExpectedByline(Path.Combine(TestCorpus.RequireDirectory(), "pages", page), HtmlCorpusEvaluationTests.Expectations);
            var actual = TextDumpParser.Parse(File.ReadAllText(TestCorpus.PagePath(page, dump))) is ParseSuccess { Article: var article }
                ? article.Byline
                : null;
            rows.Add((page, expected, actual, HtmlCorpusEvaluation.SameByline(expected, actual)));
        }

        foreach (var row in rows)
        {
            output.WriteLine($"{row.Page,-26} {(row.Right ? "ok" : "NO"),-3} {row.Actual ?? "-",-40} want {row.Expected ?? "-"}");
        }

        var accuracy = (double)rows.Count(row => row.Right) / rows.Count;
        output.WriteLine($"{dump}: byline right on {accuracy:P0} of {rows.Count} pages");
        Assert.True(accuracy >= floor, $"{dump}: byline right on {accuracy:P0}, floor {floor:P0}");
    }
}
