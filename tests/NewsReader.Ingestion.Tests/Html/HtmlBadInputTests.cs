using System.Diagnostics;
using System.Text;
using CsCheck;
using NewsReader.Ingestion.Html;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Html;

/// <summary>Hostile and broken pages get a clear result in bounded time, never an exception.</summary>
public sealed class HtmlBadInputTests
{
    // A refusal takes milliseconds; the bound only has to tell that from parsing the whole page, with room for a
    // shared, loaded machine.
    private static readonly TimeSpan QuickRefusal = TimeSpan.FromSeconds(5);

    private static readonly string[] MutatedPages = ["yahoo-2", "nytimes-1", "guardian-1", "qq", "schema-org-context-object"];

    private const string Story = """
        <p>The council voted on Tuesday to close the old bridge to traffic, citing a survey that found serious corrosion in its supports.</p>
        <p>Residents, who had campaigned for repairs for a decade, said the closure would add half an hour to the daily school run.</p>
        <p>The council said work on a replacement would begin next spring, and that a ferry service would run in the meantime.</p>
        """;

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Parse_EmptyPage_FailsSayingItIsEmpty(string html)
    {
        var failure = Assert.IsType<ParseFailure>(HtmlArticleParser.Parse(html));

        Assert.Equal("The page is empty.", failure.Reason);
    }

    [Fact]
    public void Parse_BinaryData_FailsSayingItIsNotHtml()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var failure = Assert.IsType<ParseFailure>(HtmlArticleParser.Parse(Encoding.Latin1.GetString(bytes)));

        Assert.Equal("The file is binary data, not an HTML page.", failure.Reason);
    }

    [Fact]
    public void Parse_PageWithoutArticle_FailsSayingSo()
    {
        const string Html = "<html><head><title>Links</title></head><body><nav><a href='/a'>Home</a> <a href='/b'>World</a></nav><footer>© 2024</footer></body></html>";

        var failure = Assert.IsType<ParseFailure>(HtmlArticleParser.Parse(Html));

        Assert.Equal("The page has no article text.", failure.Reason);
    }

    [Fact]
    public void Parse_FiftyMegabytePage_IsRefusedQuicklyNamingTheSize()
    {
        var html = "<html><body><h1>Big</h1>" + new string('x', 50 * 1024 * 1024) + "</body></html>";
        var stopwatch = Stopwatch.StartNew();

        var failure = Assert.IsType<ParseFailure>(HtmlArticleParser.Parse(html));

        Assert.Equal("The page is 50 MB of text; pages over 16 MB are not read.", failure.Reason);
        Assert.True(stopwatch.Elapsed < QuickRefusal, stopwatch.Elapsed.ToString());
    }

    [Fact]
    public void Parse_TenThousandDeepNesting_IsRefusedQuicklyNamingTheDepth()
    {
        var html = Nested("div", 10_000);
        var stopwatch = Stopwatch.StartNew();

        var failure = Assert.IsType<ParseFailure>(HtmlArticleParser.Parse(html));

        Assert.True(stopwatch.Elapsed < QuickRefusal, stopwatch.Elapsed.ToString());
        Assert.Equal("The page's markup nests about 10,003 levels deep; pages nested deeper than 1,000 levels are not read.", failure.Reason);
    }

    [Theory]
    [InlineData("<b><i><span><a href='#'>")]
    [InlineData("<table><tr><td>")]
    [InlineData("<font>")]
    public void Parse_TenThousandUnclosedTags_IsRefusedQuickly(string tags)
    {
        var html = "<html><body><h1>Bridge closes</h1>" + string.Concat(Enumerable.Repeat(tags, 10_000)) + Story + "</body></html>";
        var stopwatch = Stopwatch.StartNew();

        var failure = Assert.IsType<ParseFailure>(HtmlArticleParser.Parse(html));

        Assert.True(stopwatch.Elapsed < QuickRefusal, stopwatch.Elapsed.ToString());
        Assert.StartsWith("The page's markup nests about", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>")]
    [InlineData("<li>")]
    public void Parse_TenThousandUnclosedSiblingTags_ParsesInBoundedTime(string tag)
    {
        var html = "<html><body><h1>Bridge closes</h1>" + string.Concat(Enumerable.Repeat(tag + "x", 10_000)) + Story + "</body></html>";
        var stopwatch = Stopwatch.StartNew();

        var result = HtmlArticleParser.Parse(html);

        Assert.NotNull(result);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), stopwatch.Elapsed.ToString());
    }

    [Fact]
    public void Parse_SixHundredDeepNesting_FlattensTheDeepPartWithAWarning()
    {
        var article = Assert.IsType<ParseSuccess>(HtmlArticleParser.Parse(Nested("div", 600))).Article;

        Assert.Equal("Bridge closes", article.Headline);
        Assert.StartsWith("The council voted on Tuesday", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains(article.Diagnostics, diagnostic => diagnostic.Kind == DiagnosticKind.Warning
            && diagnostic.Message.StartsWith("Markup nested deeper than 256 levels was flattened", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MalformedMarkup_StillFindsTheStory()
    {
        const string Html = "<html><head><title>Bridge closes</title><body><h1>Bridge closes<div><p>The council voted on Tuesday to close the old bridge to traffic, citing a survey that found serious corrosion in its supports.<p>Residents, who had campaigned for repairs for a decade, said the closure would add half an hour to the daily school run.</td></tr><p>The council said work on a replacement would begin next spring, and that a ferry service would run in the meantime.</b></i>";

        var result = HtmlArticleParser.Parse(Html);

        var article = Assert.IsType<ParseSuccess>(result).Article;
        Assert.Contains(article.Paragraphs, paragraph => paragraph.StartsWith("Residents, who had campaigned", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnclosedTitle_SwallowsThePageAsBrowsersDoAndFailsSayingThereIsNoArticle()
    {
        const string Html = "<html><head><title>Bridge closes</head><body><h1>Bridge closes</h1><p>The council voted on Tuesday to close the old bridge to traffic, citing a survey that found serious corrosion in its supports, and residents objected.</p>";

        var failure = Assert.IsType<ParseFailure>(HtmlArticleParser.Parse(Html));

        Assert.Equal("The page has no article text.", failure.Reason);
    }

    [Fact]
    public void Parse_ScriptsAndEventHandlers_NeverReachTheArticleText()
    {
        const string Html = """
            <html><head><title>Bridge closes</title><script>document.write('<p>injected</p>')</script></head>
            <body onload="steal()"><h1 onclick="steal()">Bridge closes<script>alert('headline')</script></h1>
            <article><p onmouseover="steal()">The council voted on Tuesday to close the old bridge to traffic, citing a survey that found serious corrosion.</p>
            <script>var secret = "alert('body')";</script><style>p { color: red }</style>
            <p>Residents, who had campaigned for repairs for a decade, said the closure would add &lt;script&gt; half an hour to the school run.</p>
            <figure><img src="javascript:alert('img')" onerror="steal()"><figcaption>The old bridge <img src=x onerror=alert(1)> at dusk.</figcaption></figure>
            <noscript><p>Enable JavaScript</p></noscript>
            <p>The council said work on a replacement would begin next spring, and that a ferry service would run in the meantime.</p></article></body></html>
            """;

        var article = Assert.IsType<ParseSuccess>(HtmlArticleParser.Parse(Html)).Article;

        Assert.Equal("Bridge closes", article.Headline);
        var texts = article.Paragraphs.Concat(article.Photos.Select(photo => photo.Caption)).Append(article.Headline).ToList();
        Assert.DoesNotContain(texts, text => text.Contains("alert", StringComparison.Ordinal) || text.Contains("steal", StringComparison.Ordinal)
            || text.Contains("injected", StringComparison.Ordinal) || text.Contains("color: red", StringComparison.Ordinal));
        Assert.Contains("add <script> half an hour", article.Paragraphs[1], StringComparison.Ordinal);
        var photo = Assert.Single(article.Photos);
        Assert.Equal("The old bridge at dusk.", photo.Caption);
        Assert.Null(photo.ImageSource);
    }

    [Fact]
    public void Decode_QqPageDeclaringGb2312ButWrittenInUtf8_ReadsItAsUtf8WithAWarning()
    {
        var bytes = File.ReadAllBytes(TestCorpus.PagePath("qq", "source.html"));

        var decoded = HtmlCharset.Decode(bytes);

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Equal("The page declares charset gb2312 but its bytes are UTF-8; read as UTF-8.", decoded.Warning);
        var article = Assert.IsType<ParseSuccess>(HtmlArticleParser.Parse(decoded.Text)).Article;
        Assert.Equal("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶", article.Headline);
    }

    [Fact]
    public void Decode_RealGb2312Bytes_UsesTheDeclaredCharset()
    {
        var encoding = CodePagesEncoding("gb2312");
        var bytes = encoding.GetBytes("<html><head><meta charset=\"gb2312\"><title>新闻</title></head><body><h1>人工智能迈上新台阶</h1></body></html>");

        var decoded = HtmlCharset.Decode(bytes);

        Assert.Equal("gb2312", decoded.EncodingName);
        Assert.Null(decoded.Warning);
        Assert.Contains("人工智能迈上新台阶", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MutatedCorpusPages_NeverThrowAndFinishInBoundedTime()
    {
        var pages = MutatedPages
            .Select(page => HtmlCharset.Decode(File.ReadAllBytes(TestCorpus.PagePath(page, "source.html"))).Text)
            .ToArray();

        var mutation = Gen.Select(Gen.Int[0, pages.Length - 1], Gen.Int[0, 3], Gen.Double[0, 1], Gen.Double[0, 1]);
        mutation.Sample(
            tuple =>
            {
                var (index, kind, at, length) = tuple;
                var page = pages[index];
                var start = (int)(at * page.Length);
                var count = (int)(length * Math.Min(page.Length - start, 20_000));
                var mutated = kind switch
                {
                    0 => page[..start],
                    1 => page.Remove(start, count),
                    2 => page.Insert(start, page.Substring(start, count)),
                    _ => page.Insert(start, "<div><table><tr><td><p><b>" + new string('<', count % 500)),
                };

                var stopwatch = Stopwatch.StartNew();
                var result = HtmlArticleParser.Parse(mutated);
                return result is not null && stopwatch.Elapsed < TimeSpan.FromSeconds(10);
            },
            iter: 30,
            threads: 1);
    }

    private static string Nested(string tag, int depth)
    {
        var html = new StringBuilder("<html><head><title>Bridge closes</title></head><body><h1>Bridge closes</h1><article>");
        html.Append(Story);
        html.Insert(html.Length, "<" + tag + ">", depth);
        html.Append("deep text");
        html.Insert(html.Length, "</" + tag + ">", depth);
        html.Append("</article></body></html>");
        return html.ToString();
    }

    private static Encoding CodePagesEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }
}
