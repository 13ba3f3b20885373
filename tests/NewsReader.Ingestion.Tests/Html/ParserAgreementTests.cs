using NewsReader.Ingestion.Evaluation;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Html;

/// <summary>The HTML parser and the text parser read the same page (source.html and its page.w3m.txt dump) alike.</summary>
public sealed class ParserAgreementTests(ITestOutputHelper output)
{
    // The pages where the two parsers still differ, by headline or by body. The list is exact: a page that starts
    // to agree must come off it, and a page that stops agreeing fails the test.
    private static readonly string[] KnownDiffering =
    [
        "buzzfeed-1",
    ];

    [Fact]
    public void BothParsers_OnTheCorpusPages_DifferOnlyOnTheKnownPages()
    {
        var rows = ParserAgreementCheck.Run(TestCorpus.RequireDirectory());
        output.WriteLine(ParserAgreementCheck.ToTable(rows));

        var differing = rows.Where(row => !row.Agrees).Select(row => row.Page).Order(StringComparer.Ordinal).ToList();

        var nowAgreeing = KnownDiffering.Except(differing, StringComparer.Ordinal).ToList();
        var newlyDiffering = differing.Except(KnownDiffering, StringComparer.Ordinal).ToList();
        Assert.True(nowAgreeing.Count == 0, $"these pages agree now; take them off the known list: {string.Join(", ", nowAgreeing)}");
        Assert.True(newlyDiffering.Count == 0, $"these pages no longer agree: {string.Join(", ", newlyDiffering)}");
        Assert.Equal(rows.Count - KnownDiffering.Length, rows.Count(row => row.Agrees));
    }
}
