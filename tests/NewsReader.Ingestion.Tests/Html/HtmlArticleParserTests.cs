using NewsReader.Ingestion.Html;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Html;

public sealed class HtmlArticleParserTests
{
    internal static ParsedArticle ParsePage(string page)
    {
        var decoded = HtmlCharset.Decode(File.ReadAllBytes(TestCorpus.PagePath(page, "source.html")));
        var result = HtmlArticleParser.Parse(decoded.Text);
        return Assert.IsType<ParseSuccess>(result).Article;
    }

    [Fact]
    public void Parse_NytimesPage_FillsCanonicalUrlSiteNameLanguageAndDate()
    {
        var article = ParsePage("nytimes-1");

        Assert.Equal("United States to Lift Sudan Sanctions", article.Headline);
        Assert.Equal("By Jeffrey Gettleman", article.Byline);
        Assert.Equal("https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html", article.CanonicalUrl);
        Assert.Equal("en", article.Language);
        Assert.Equal(new DateOnly(2017, 1, 13), article.PublishedOn);
        Assert.Equal("LONDON —", article.Dateline?.Text);
        Assert.Equal(["LONDON"], article.Dateline?.Places ?? []);
        Assert.Null(article.Dateline?.Agency);
        Assert.StartsWith("After nearly 20 years of hostile relations", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JsonLdWithContextObject_TakesHeadlineAuthorsAndPublisher()
    {
        var article = ParsePage("schema-org-context-object");

        Assert.Equal("South Korean president’s impeachment fails after ruling party lawmakers walk out", article.Headline);
        Assert.Equal("By Stella Kim, Jennifer Jett", article.Byline);
        Assert.Equal("NBC News", article.SiteName);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Parse_JsonLdWrappedInCData_ReadsTheAuthor()
    {
        var article = ParsePage("folha");

        Assert.Equal("By Bruno (Henrique Zecchin) Rodrigues", article.Byline);
        Assert.Equal("pt-BR", article.Language);
        Assert.Equal(new DateOnly(2018, 12, 21), article.PublishedOn);
    }

    [Fact]
    public void Parse_TitleWithSiteName_UsesTheArticleH1()
    {
        var article = ParsePage("qq");

        Assert.Equal("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶", article.Headline);
    }

    [Fact]
    public void Parse_LogoInAnH1_PrefersTheHeadingThatMatchesTheMetadata()
    {
        var article = ParsePage("salon-1");

        Assert.Equal("The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians", article.Headline);
    }

    [Fact]
    public void Parse_YahooApStory_ReturnsGallerySlidesWithCreditsCountAndDateline()
    {
        var article = ParsePage("yahoo-2");

        Assert.Equal("MOSCOW (AP) —", article.Dateline?.Text);
        Assert.Equal("AP", article.Dateline?.Agency);
        Assert.StartsWith("An unmanned Russian cargo spaceship heading to the International Space Station", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.StartsWith("In this photo dated", StringComparison.Ordinal) || paragraph == "1 / 5");

        Assert.Equal(3, article.Photos.Count);
        var first = article.Photos[0];
        Assert.Equal(1, first.Position);
        Assert.Equal(5, first.Count);
        Assert.EndsWith("the Russian space agency said.", first.Caption, StringComparison.Ordinal);
        Assert.Equal("Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP", first.Credit);
        Assert.Equal("AP", first.Agency);
        Assert.Equal(new DateOnly(2016, 11, 29), first.TakenOn);
        Assert.StartsWith("https://s.yimg.com/", first.ImageSource, StringComparison.Ordinal);
        Assert.Equal("Getty Images", article.Photos[2].Agency);
    }

    [Fact]
    public void Parse_NytimesPage_ReadsFigureCaptionAndCreditAndRelatedLists()
    {
        var article = ParsePage("nytimes-1");

        var photo = Assert.Single(article.Photos);
        Assert.StartsWith("United Nations peacekeepers at a refugee camp in Sudan on Monday.", photo.Caption, StringComparison.Ordinal);
        Assert.Equal("Ashraf Shazly/Agence France-Presse — Getty Images", photo.Credit);
        Assert.Equal("https://static01.nyt.com/images/2017/01/14/world/13SUDAN-1/13SUDAN-1-master768.jpg", photo.ImageSource);
        Assert.Contains(article.RelatedLists, list => list.Heading == "Related Coverage"
            && list.Stories[0].Title.StartsWith("U.S. Sweetens Offer to Take Sudan Off Terrorist List", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_StatedReadingTime_IsTakenAsStated()
    {
        const string Html = """
            <html><head><title>Quiet week</title></head><body><h1>Quiet week in the markets</h1><span class="read">4 min read</span>
            <div class="story"><p>Markets were calm this week, with trading volumes low, prices steady, and few surprises from the central banks.</p>
            <p>Analysts said that the holiday season, together with a lack of new data, had kept investors on the sidelines until Friday.</p></div></body></html>
            """;

        var article = Assert.IsType<ParseSuccess>(HtmlArticleParser.Parse(Html)).Article;

        Assert.Equal(4, article.ReadingTimeMinutes);
        Assert.False(article.ReadingTimeEstimated);
    }

    [Fact]
    public void Parse_RepeatedRelatedList_IsKeptOnce()
    {
        var article = ParsePage("nytimes-1");

        Assert.Single(article.RelatedLists, list => list.Heading == "Related Coverage");
    }

    [Fact]
    public void Parse_RelatedListOfAnHtmlPage_GivesOnlyStoriesAReaderCanFollow()
    {
        const string Html = """
            <html lang="en"><head><title>Storm hits coast</title></head><body>
            <article><h1>Storm hits coast</h1><p class="byline">By Jane Doe</p>
            <p>The storm reached the coast on Tuesday, bringing winds of more than 100 km/h, heavy rain, and flooding to low-lying towns.</p>
            <p>Emergency services said hundreds of homes had lost power, and that crews would work through the night to restore it.</p>
            <p>Forecasters expect the weather to calm by Thursday, although further showers are likely over the weekend in the north.</p>
            </article>
            <h2>Latest Stories</h2>
            <ul><li><a href="/a">Ferry services resume on the fjord</a></li><li><a href="/ad">Powered by ZergNet</a></li>
            <li><a href="/b">Fishing quotas to be cut again</a></li><li><a href="/c">Biden wins</a></li></ul>
            <h2>Most Popular</h2>
            <ul><li><a href="/e">Environment</a></li><li><a href="/w">Weather forecasts</a></li><li><a href="/t">Contact us</a></li></ul>
            </body></html>
            """;

        var article = Assert.IsType<ParseSuccess>(HtmlArticleParser.Parse(Html)).Article;

        var list = Assert.Single(article.RelatedLists);
        Assert.Equal("Latest Stories", list.Heading);
        Assert.Equal(["Ferry services resume on the fjord", "Fishing quotas to be cut again", "Biden wins"], list.Stories.Select(story => story.Title));
    }

    [Fact]
    public void Parse_MinimalArticle_ReadsHeadlineBylineAndParagraphs()
    {
        const string Html = """
            <html lang="en-GB"><head><title>Storm hits coast | Daily Example</title>
            <meta property="og:site_name" content="Daily Example">
            <link rel="canonical" href="https://example.com/storm"></head>
            <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
            <article><h1>Storm hits coast</h1><p class="byline">By Jane Doe</p>
            <p>The storm reached the coast on Tuesday, bringing winds of more than 100 km/h, heavy rain, and flooding to low-lying towns.</p>
            <p>Emergency services said hundreds of homes had lost power, and that crews would work through the night to restore it.</p>
            <p>Forecasters expect the weather to calm by Thursday, although further showers are likely over the weekend in the north.</p>
            </article><footer>© Daily Example</footer></body></html>
            """;

        var article = Assert.IsType<ParseSuccess>(HtmlArticleParser.Parse(Html)).Article;

        Assert.Equal("Storm hits coast", article.Headline);
        Assert.Equal(1, article.ReadingTimeMinutes);
        Assert.True(article.ReadingTimeEstimated);
        Assert.Equal("By Jane Doe", article.Byline);
        Assert.Equal("Daily Example", article.SiteName);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("https://example.com/storm", article.CanonicalUrl);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("The storm reached the coast on Tuesday", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Contains("Home", StringComparison.Ordinal));
    }
}
