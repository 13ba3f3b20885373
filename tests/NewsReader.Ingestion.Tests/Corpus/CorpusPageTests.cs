using System.Collections.Concurrent;
using NewsReader.Ingestion.Evaluation;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Corpus;

/// <summary>Whole real pages, with menus and footers: the parser finds the article in them.</summary>
public sealed class CorpusPageTests
{
    private static readonly ConcurrentDictionary<string, string> ExpectedBodies = new();

    public static TheoryData<string, string> EnglishDumps()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in CorpusPages.English)
        {
            data.Add(page.Name, CorpusPages.W3m);
            data.Add(page.Name, CorpusPages.InnerText);
        }

        return data;
    }

    public static TheoryData<string, string> OtherLanguageDumps()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in CorpusPages.OtherLanguages)
        {
            data.Add(page.Name, CorpusPages.W3m);
            data.Add(page.Name, CorpusPages.InnerText);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EnglishDumps))]
    public void Parse_EnglishPage_FindsItsHeadline(string name, string dump)
    {
        var page = CorpusPages.Page(name);
        var article = ParseArticle(name, dump);

        Assert.Equal(page.Headline, article.Headline);
    }

    [Theory]
    [MemberData(nameof(EnglishDumps))]
    public void Parse_EnglishPage_BodyScoresAtLeastItsFloor(string name, string dump)
    {
        var page = CorpusPages.Page(name);

        AssertBodyScoresAtLeast(name, dump, dump == CorpusPages.W3m ? page.W3mFloor : page.InnerTextFloor);
    }

    [Theory]
    [InlineData(CorpusPages.W3m)]
    [InlineData(CorpusPages.InnerText)]
    public void Parse_EnglishPages_AverageShingleF1StaysAboveTheFloor(string dump)
    {
        var scores = CorpusPages.English.Select(p => Score(p.Name, dump)).ToList();

        var corpus = ShingleScorer.Average(scores);

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{dump}: precision {corpus.Precision:0.000}, recall {corpus.Recall:0.000}, F1 {corpus.F1:0.000}, lowest page {scores.Min(s => s.F1):0.000}");
        Assert.True(corpus.F1 >= CorpusPages.AverageF1Floor, $"{dump}: F1 {corpus.F1:0.000} is below {CorpusPages.AverageF1Floor}");
    }

    [Theory]
    [MemberData(nameof(OtherLanguageDumps))]
    public void Parse_OtherLanguagePage_FindsItsHeadline(string name, string dump)
    {
        var page = CorpusPages.OtherLanguage(name);
        var article = ParseArticle(name, dump);

        Assert.Equal(dump == CorpusPages.W3m ? page.W3mHeadline ?? page.Headline : page.Headline, article.Headline);
    }

    [Theory]
    [MemberData(nameof(OtherLanguageDumps))]
    public void Parse_OtherLanguagePage_BodyScoresAtLeastItsFloor(string name, string dump)
    {
        var page = CorpusPages.OtherLanguage(name);

        AssertBodyScoresAtLeast(name, dump, dump == CorpusPages.W3m ? page.W3mFloor : page.InnerTextFloor);
    }

    [Theory]
    [MemberData(nameof(OtherLanguageDumps))]
    public void Parse_OtherLanguagePage_ReturnsAnArticle(string name, string dump)
    {
        var article = ParseArticle(name, dump);

        Assert.False(string.IsNullOrWhiteSpace(article.Headline));
        Assert.NotEmpty(article.Paragraphs);
        Assert.All(article.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p)));
    }

    [Theory]
    [InlineData(CorpusPages.W3m)]
    [InlineData(CorpusPages.InnerText)]
    public void Parse_SectionFront_IsRejectedAsNotASingleArticle(string dump)
    {
        var result = ArticleParser.Parse(File.ReadAllBytes(TestCorpus.PagePath("nytimes-5", dump)));

        var failure = Assert.IsType<ParseFailure>(result);
        Assert.StartsWith("not a single article", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CorpusPages.W3m)]
    [InlineData(CorpusPages.InnerText)]
    public void Parse_YahooApStory_ReadsTheMoscowDateline(string dump)
    {
        var article = ParseArticle("yahoo-2", dump);

        var dateline = Assert.IsType<Dateline>(article.Dateline);
        Assert.Equal("MOSCOW (AP) —", dateline.Text);
        Assert.Equal(["MOSCOW"], dateline.Places);
        Assert.Equal("AP", dateline.Agency);
        Assert.StartsWith("An unmanned Russian cargo spaceship heading to the International Space Station", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2016, 12, 2), article.PublishedOn);
    }

    [Theory]
    [InlineData(CorpusPages.W3m)]
    [InlineData(CorpusPages.InnerText)]
    public void Parse_NytimesStory_CleansTheGluedDateFromTheByline(string dump)
    {
        var article = ParseArticle("nytimes-1", dump);

        Assert.Equal("By JEFFREY GETTLEMAN", article.Byline);
    }

    [Theory]
    [InlineData(CorpusPages.W3m)]
    [InlineData(CorpusPages.InnerText)]
    public void Parse_WholePage_ReportsTheDroppedNavigation(string dump)
    {
        var article = ParseArticle("wapo-2", dump);

        Assert.Contains(article.Diagnostics, d => d.Kind == DiagnosticKind.Dropped && d.Message.StartsWith("navigation before the article", StringComparison.Ordinal));
        Assert.Contains(article.Diagnostics, d => d.Kind == DiagnosticKind.Dropped && d.Message.StartsWith("page content after the article", StringComparison.Ordinal));
    }

    internal static ParsedArticle ParseArticle(string name, string dump)
    {
        var result = ArticleParser.Parse(File.ReadAllBytes(TestCorpus.PagePath(name, dump)));
        return result switch
        {
            ParseSuccess success => success.Article,
            ParseFailure failure => throw new Xunit.Sdk.XunitException($"{name}/{dump} failed: {failure.Reason}"),
            _ => throw new InvalidOperationException(),
        };
    }

    // What the parser extracted of the article: photo captions with credits, the dateline and the body,
    // the same content Readability's expected output holds.
    private static string ArticleText(ParsedArticle article) => string.Join('\n',
        article.Photos.Select(p => $"{p.Caption} {p.Credit}")
            .Append(article.Dateline?.Text ?? string.Empty)
            .Concat(article.Paragraphs));

    private static void AssertBodyScoresAtLeast(string name, string dump, double floor)
    {
        var score = Score(name, dump);

        Assert.True(score.F1 >= floor, $"{name}/{dump}: F1 {score.F1:0.000} (P {score.Precision:0.000}, R {score.Recall:0.000}) is below its floor {floor:0.00}");
    }

    private static PageScore Score(string name, string dump)
    {
        var expected = ExpectedBodies.GetOrAdd(name, n => ExpectedText.FromHtml(File.ReadAllText(TestCorpus.PagePath(n, "expected.html"))));
        var article = ParseArticle(name, dump);
        return ShingleScorer.Score(name, ArticleText(article), expected);
    }
}
