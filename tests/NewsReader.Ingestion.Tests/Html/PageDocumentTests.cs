using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsReader.Ingestion.Html;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Html;

/// <summary>The lean DOM leaves script text, style text and unread attributes out, and still gives every script's text.</summary>
public sealed class PageDocumentTests
{
    [Fact]
    public void ScriptText_OfEveryScriptOnTheCorpusPages_IsTheFullParsesText()
    {
        var pages = Directory.GetDirectories(Path.Combine(TestCorpus.RequireDirectory(), "pages")).Order(StringComparer.Ordinal).ToList();
        var compared = 0;
        foreach (var directory in pages)
        {
            var source = Path.Combine(directory, "source.html");
            if (!File.Exists(source))
            {
                continue;
            }

            var html = HtmlCharset.Decode(File.ReadAllBytes(source)).Text;
            using var page = PageDocument.Parse(html);
            using var full = FullParse(html);
            var leanScripts = page.Document.Scripts.ToList();
            var fullScripts = full.Scripts.ToList();

            Assert.Equal(fullScripts.Count, leanScripts.Count);
            for (var i = 0; i < fullScripts.Count; i++)
            {
                Assert.True(fullScripts[i].TextContent == page.ScriptText(leanScripts[i]), $"{Path.GetFileName(directory)}: script {i} differs");
                compared++;
            }
        }

        Assert.True(compared > 500, $"only {compared} scripts compared");
    }

    [Theory]
    [InlineData("<script type='application/ld+json' data-note='a>b'>{\"a\": \"</scrip\"}</script >after")]
    [InlineData("<SCRIPT type=application/ld+json>{\"a\": 1}</SCRIPT>")]
    [InlineData("<script>a<!--b<script>c</script>d</script>e</script>f")]
    [InlineData("<script>a<!--b</script>c")]
    [InlineData("<script data-note='</script>' type=application/ld+json>{}</script>")]
    [InlineData("<script>a<!--b<script>c</script>d</script>e<!--<script>f</script>g</script>h</script>i</script>")]
    [InlineData("<script>a</scriptx b</script/>")]
    [InlineData("<script>{\r\n\"a\":\r1}</script>")]
    [InlineData("<script>x\0y</script>")]
    [InlineData("<script>never closed")]
    [InlineData("<svg><script>in svg</script></svg>")]
    public void ScriptText_EndsAndReadsAsTheTokenizerDoes(string body)
    {
        var html = "<!doctype html><html><head><title>T</title></head><body><p>Text</p>" + body + "</body></html>";
        using var page = PageDocument.Parse(html);
        using var full = FullParse(html);

        var expected = full.QuerySelector("script")!.TextContent;

        Assert.Equal(expected, page.ScriptText(page.Document.QuerySelector("script")!));
    }

    [Fact]
    public void Parse_LeavesScriptTextStyleTextAndUnreadAttributesOut()
    {
        const string Html = """
            <html><head><style>p { color: red }</style><script>track()</script></head>
            <body><p class="lead" id="first" onclick="steal()" data-track="x" style="margin:0">Text</p></body></html>
            """;
        using var page = PageDocument.Parse(Html);

        var paragraph = page.Document.QuerySelector("p")!;
        Assert.Equal(["class", "id", "style"], paragraph.Attributes.Select(attribute => attribute.Name));
        Assert.Equal(string.Empty, page.Document.QuerySelector("style")!.TextContent);
        Assert.Equal(string.Empty, page.Document.QuerySelector("script")!.TextContent);
        Assert.Equal("track()", page.ScriptText(page.Document.QuerySelector("script")!));
    }

    [Fact]
    public void Parse_FramesGetNoSource_ImagesKeepTheirs()
    {
        const string Html = "<html><body><IFRAME SRC='https://ads.example/frame'></IFRAME><img src='photo.jpg' alt='A photo'></body></html>";
        using var page = PageDocument.Parse(Html);

        Assert.Null(page.Document.QuerySelector("iframe")!.GetAttribute("src"));
        Assert.Equal("photo.jpg", page.Document.QuerySelector("img")!.GetAttribute("src"));
    }

    [Theory]
    [InlineData("<table><tr><td>cell</td></tr><input type=hidden name=a><input type=text name=b></table>")]
    [InlineData("<svg><font color=red>out of svg</font></svg>")]
    [InlineData("<math><annotation-xml encoding='text/html'><p>inside</p></annotation-xml></math>")]
    public void Parse_MarkupWhoseShapeDependsOnAttributes_BuildsTheFullParsesTree(string body)
    {
        var html = "<!doctype html><html><head></head><body>" + body + "</body></html>";
        using var page = PageDocument.Parse(html);
        using var full = FullParse(html);

        Assert.Equal(Shape(full.Body!), Shape(page.Document.Body!));
    }

    private static IHtmlDocument FullParse(string html) =>
        new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);

    /// <summary>Element names and nesting, without attributes.</summary>
    private static string Shape(IElement element) =>
        element.LocalName + "(" + string.Join(",", element.Children.Select(Shape)) + ")";
}
