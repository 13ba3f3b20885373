using NewsReader.Ingestion.Evaluation;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Html;

/// <summary>The HTML parser and the text parser read the same page (source.html and its page.w3m.txt dump) alike.</summary>
public sealed class ParserAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void BothParsers_OnTheCorpusPages_AgreeOnHeadlineAndBody()
    {
        var rows = ParserAgreementCheck.Run(TestCorpus.RequireDirectory());
        output.WriteLine(ParserAgreementCheck.ToTable(rows));

        var agreeing = rows.Count(row => row.Agrees);
        var bodiesAgreeing = rows.Count(row => row.BodyF1 >= ParserAgreement.BodyF1Floor);
        Assert.True(agreeing >= MinimumAgreeing, $"{agreeing} of {rows.Count} pages agree; at least {MinimumAgreeing} should");
        Assert.True(bodiesAgreeing >= MinimumBodiesAgreeing, $"{bodiesAgreeing} of {rows.Count} bodies agree; at least {MinimumBodiesAgreeing} should");
    }

    // Floors at today's figures, to raise as the parsers converge; the table printed above lists the pages that differ.
    private const int MinimumAgreeing = 22;
    private const int MinimumBodiesAgreeing = 27;
}
