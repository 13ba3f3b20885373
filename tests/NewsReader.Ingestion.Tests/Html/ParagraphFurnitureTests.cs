using NewsReader.Ingestion.Html;

namespace NewsReader.Ingestion.Tests.Html;

/// <summary>
/// What the HTML parser leaves out of the body although the extraction keeps it: the headline set again over two
/// headings, the time stamp and byline line, rights notices and reader polls.
/// </summary>
public sealed class ParagraphFurnitureTests
{
    private const string Story = """
        <p>The storm reached the coast on Tuesday, bringing winds of more than 100 km/h, heavy rain, and flooding to low-lying towns.</p>
        <p>Emergency services said hundreds of homes had lost power, and that crews would work through the night to restore it.</p>
        <p>Forecasters expect the weather to calm by Thursday, although further showers are likely over the weekend in the north.</p>
        """;

    [Fact]
    public void Parse_HeadlineSetAgainOverTwoHeadingsAboveTheStory_LeavesBothOutOfTheBody()
    {
        var article = Parse($"""
            <div class="crumbs"><a href="/">Home</a><h1>Harbour Town's Sea Wall -- BREACHED!!!</h1></div>
            <article><div class="headline"><h2>Harbour Town</h2><h4>Sea Wall ... BREACHED!!!!</h4></div>{Story}</article>
            """);

        Assert.Equal("Harbour Town's Sea Wall -- BREACHED!!!", article.Headline);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("The storm reached the coast", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SubheadingWithWordsOfItsOwn_StaysInTheBody()
    {
        var article = Parse($"""
            <article><h1>Storm hits coast</h1><h2>Thousands without power as the coast storm moves inland</h2>{Story}</article>
            """);

        Assert.Equal("Thousands without power as the coast storm moves inland", article.Paragraphs[0]);
    }

    [Fact]
    public void Parse_TimeStampAndBylineLineAboveTheStory_IsLeftOutOfTheBody()
    {
        var article = Parse($"""
            <article><h1>Storm hits coast</h1><h5 class="posted">2/26/2015 7:11 AM PST BY DAILY STAFF</h5>{Story}</article>
            """);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("The storm reached the coast", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains(article.Diagnostics, d => d.Kind == DiagnosticKind.Dropped && d.Message.Contains("byline lines", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ParagraphOpeningWithBy_StaysInTheBody()
    {
        var article = Parse($"""
            <article><h1>Storm hits coast</h1><p>By the time the storm reached the coast, most residents had left.</p>{Story}</article>
            """);

        Assert.Equal("By the time the storm reached the coast, most residents had left.", article.Paragraphs[0]);
        Assert.Equal(4, article.Paragraphs.Count);
    }

    [Fact]
    public void Parse_RightsNoticeUnderTheStory_IsLeftOutOfTheBody()
    {
        var article = Parse($"""
            <article><h1>Storm hits coast</h1>{Story}
            <p><strong>Copyright 2026 Daily Example. All rights reserved. This material may not be published or redistributed.</strong></p>
            </article>
            """);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("Forecasters expect", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ChineseRightsNoticeUnderTheStory_IsLeftOutOfTheBody()
    {
        var article = Parse($"""
            <article><h1>Storm hits coast</h1>{Story}<p>【本文版权归示例新闻所有。未经授权，不得转载。】</p></article>
            """);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("转载", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ReaderPollInTheArticle_IsLeftOutOfTheBody()
    {
        var article = Parse($"""
            <article><h1>Storm hits coast</h1>{Story}
            <div id="vote"><div class="question">Was this story useful to you?</div>
            <div class="answers"><a href="#yes">Yes</a><a href="#no">No</a></div></div></article>
            """);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("useful", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("By Jane Doe")]
    [InlineData("BY TMZ STAFF")]
    [InlineData("By Jane Doe and Ana de la Cruz")]
    [InlineData("By J. R. Smith Jr.")]
    [InlineData("By Seán O’Brien, Reuters")]
    [InlineData("2/26/2015 7:11 AM PST BY DAILY STAFF")]
    [InlineData("Updated Feb. 26, 2015 By Jane Doe")]
    [InlineData("By Jane Doe Feb. 26, 2015")]
    public void IsBylineLine_NamesAfterByWithAtMostATimeStamp_IsTrue(string line) => Assert.True(ParagraphFurniture.IsBylineLine(line));

    [Theory]
    [InlineData("By the time police arrived, the road was closed.")]
    [InlineData("By Monday. The storm had passed.")]
    [InlineData("The plan was approved by Congress")]
    [InlineData("Photo by John Smith")]
    [InlineData("Powered by SmartAsset.com")]
    [InlineData("Police stopped the car on Feb. 26, 2015 and were told by Jane Doe")]
    [InlineData("Bystanders Watched")]
    public void IsBylineLine_SentencesAndCredits_IsFalse(string line) => Assert.False(ParagraphFurniture.IsBylineLine(line));

    [Theory]
    [InlineData("Harbour Town", true)]
    [InlineData("Sea Wall ... BREACHED!!!!", true)]
    [InlineData("Harbour Town's Sea Wall -- BREACHED!!!", true)]
    [InlineData("EXCLUSIVE", false)]
    [InlineData("Harbour Town's sea wall was breached on Tuesday", false)]
    [InlineData("...", false)]
    public void IsHeadlinePart_OnlyTheHeadlinesWords_IsTrue(string paragraph, bool part)
    {
        const string Headline = "Harbour Town's Sea Wall -- BREACHED!!!";
        var words = new HashSet<string>(["Harbour", "Town", "s", "Sea", "Wall", "BREACHED"], StringComparer.OrdinalIgnoreCase);

        Assert.Equal(part, ParagraphFurniture.IsHeadlinePart(paragraph, Headline, words));
    }

    private static ParsedArticle Parse(string body)
    {
        var html = $"""
            <html lang="en"><head><title>Storm | Daily Example</title></head>
            <body><nav><a href="/">Home</a><a href="/world">World</a></nav>{body}</body></html>
            """;
        return Assert.IsType<ParseSuccess>(HtmlArticleParser.Parse(html)).Article;
    }
}
