using System.Text;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Html;

/// <summary>What the byte entry point does with saved HTML pages in other charsets.</summary>
public sealed class HtmlBytesTests
{
    private const string Headline = "北京迎来今冬第一场雪";

    [Fact]
    public void Parse_Gb2312PageBytes_DecodesWithTheDeclaredCharset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var body = string.Concat(Enumerable.Repeat("<p>北京市气象台说，今天上午北京城区出现降雪，这是今年冬天的第一场雪，市民纷纷走上街头赏雪拍照，交通部门提醒司机注意安全。</p>", 8));
        var html = $"<!DOCTYPE html><html><head><meta charset=\"gb2312\"><title>{Headline}_新闻</title></head>"
            + $"<body><article><h1>{Headline}</h1>{body}</article></body></html>";

        var result = ArticleParser.Parse(Encoding.GetEncoding("gb2312").GetBytes(html));

        var article = Assert.IsType<ParseSuccess>(result).Article;
        Assert.Equal(Headline, article.Headline);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("北京市气象台说", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Diagnostics, d => d.Message.Contains("U+FFFD", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_QqPageDeclaringGb2312ButSavedAsUtf8_ReadsUtf8WithAWarning()
    {
        var bytes = File.ReadAllBytes(TestCorpus.PagePath("qq", "source.html"));

        var result = ArticleParser.Parse(bytes);

        var article = Assert.IsType<ParseSuccess>(result).Article;
        Assert.Contains("DeepMind", article.Headline, StringComparison.Ordinal);
        Assert.Contains(article.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Message.Contains("gb2312", StringComparison.OrdinalIgnoreCase));
    }
}
