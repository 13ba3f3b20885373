using NewsReader.Ingestion.Evaluation;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Html;

/// <summary>The HTML parser and the text parser read the same page (source.html and its page.w3m.txt dump) alike.</summary>
public sealed class ParserAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void BothParsers_OnEveryCorpusPage_GiveTheSameHeadlineAndBody()
    {
        var rows = ParserAgreementCheck.Run(TestCorpus.RequireDirectory());
        output.WriteLine(ParserAgreementCheck.ToTable(rows));

        var differing = rows.Where(row => !row.Agrees).Select(row => row.Page).Order(StringComparer.Ordinal).ToList();

        Assert.True(differing.Count == 0, $"these pages no longer agree: {string.Join(", ", differing)}");
        Assert.NotEmpty(rows);
    }
}
