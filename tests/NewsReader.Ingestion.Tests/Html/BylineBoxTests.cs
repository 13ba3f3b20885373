using NewsReader.Ingestion.Html;

namespace NewsReader.Ingestion.Tests.Html;

/// <summary>The credit an HTML page's byline element gives, whatever it holds beside the writer's name.</summary>
public sealed class BylineBoxTests
{
    [Theory]
    [InlineData("""<div class="authorinfo"><a href="https://example.com">Daily Example</a> <span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span> <time>1 day ago</time></div>""", "By Jane Doe")]
    [InlineData("""<div class="authorinfo"><span itemprop="author" itemscope><span itemprop="givenName">Jane</span> <span itemprop="familyName">Doe</span></span></div>""", "By Jane Doe")]
    [InlineData("""<div class="authorinfo"><span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span> and <span itemprop="author" itemscope><span itemprop="name">John Roe</span></span></div>""", "By Jane Doe and John Roe")]
    [InlineData("""<div class="authorinfo"><span itemprop="publisher" itemscope><span itemprop="name">Daily Example</span></span> <span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span></div>""", "By Jane Doe")]
    public void Parse_BylineBoxWithMarkedNames_GivesTheAuthorsNames(string box, string byline) =>
        Assert.Equal(byline, BylineOf(box));

    [Theory]
    [InlineData("""<div class="author_fmt">By <a rel="author" href="/jane-doe">Jane  Doe, MA</a><br/>Daily Example Health News</div>""", "By Jane Doe, MA")]
    [InlineData("""<div class="author_fmt">Daily Example<br/>By <a rel="author" href="/jane-doe">Jane Doe</a></div>""", "By Jane Doe")]
    [InlineData("""<div class="author_fmt">Jane Doe<br/>Daily Example</div>""", "By Jane Doe Daily Example")]
    [InlineData("""<div class="author_fmt">By Jane Doe and<br/>John Roe<br/>Daily Example</div>""", "By Jane Doe and John Roe")]
    [InlineData("""<div class="author_fmt">Jane Doe<br/>Staff writer<button>Follow</button></div>""", "By Jane Doe")]
    [InlineData("""<div class="author_fmt"><span>By <a rel="author" href="/jane-doe">Jane Doe</a><br/>Daily Example</span></div>""", "By Jane Doe")]
    public void Parse_BylineWithLineBreaks_IsTheCreditsLineOrTheLinesSpaced(string box, string byline) =>
        Assert.Equal(byline, BylineOf(box));

    private static string? BylineOf(string box)
    {
        var html = $"""
            <html lang="en"><head><title>Storm hits coast</title></head>
            <body><article><h1>Storm hits coast</h1>{box}
            <p>The storm reached the coast on Tuesday, bringing winds of more than 100 km/h, heavy rain, and flooding to low-lying towns.</p>
            <p>Emergency services said hundreds of homes had lost power, and that crews would work through the night to restore it.</p>
            <p>Forecasters expect the weather to calm by Thursday, although further showers are likely over the weekend in the north.</p>
            </article></body></html>
            """;

        return Assert.IsType<ParseSuccess>(HtmlArticleParser.Parse(html)).Article.Byline;
    }
}
