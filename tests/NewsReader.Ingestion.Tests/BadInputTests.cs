using System.Text;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests;

/// <summary>Bad input is a failure that names the reason, never an exception.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Parse_EmptyBytes_FailsAsEmpty()
    {
        var failure = Assert.IsType<ParseFailure>(ArticleParser.Parse([]));

        Assert.Equal("the input is empty", failure.Reason);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\n\r\n\t  \n")]
    [InlineData("\u00A0\u2003\n")]
    public void ParseText_WhitespaceOnly_FailsAsWhitespace(string text)
    {
        var failure = Assert.IsType<ParseFailure>(ArticleParser.ParseText(text));

        Assert.Equal("the input contains only whitespace", failure.Reason);
    }

    [Fact]
    public void Parse_PngBytes_FailsAsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01];

        var failure = Assert.IsType<ParseFailure>(ArticleParser.Parse(png));

        Assert.StartsWith("the input looks like binary data", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RandomBytes_FailsWithoutThrowing()
    {
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);

        var failure = Assert.IsType<ParseFailure>(ArticleParser.Parse(bytes));

        Assert.Contains("binary", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseText_ControlCharacters_FailsAsBinary()
    {
        var text = new string('\u0001', 500) + "some words";

        var failure = Assert.IsType<ParseFailure>(ArticleParser.ParseText(text));

        Assert.Equal("the input looks like binary data, not text", failure.Reason);
    }

    [Fact]
    public void ParseText_MenuWithoutArticle_FailsAsNoArticle()
    {
        var text = string.Join('\n', "  • Home", "  • News", "  • Sports", "", "Sign in", "Search", "  • Privacy", "  • Terms");

        var failure = Assert.IsType<ParseFailure>(ArticleParser.ParseText(text));

        Assert.StartsWith("no article found", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseText_ProseWithoutHeadline_FailsAsNoArticle()
    {
        var text = "This sentence is long enough to count as prose in a body paragraph of an article.";

        var failure = Assert.IsType<ParseFailure>(ArticleParser.ParseText(text));

        Assert.StartsWith("no article found", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FiftyMegabytes_FailsOnSize()
    {
        var bytes = new byte[50 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'a');

        var failure = Assert.IsType<ParseFailure>(ArticleParser.Parse(bytes));

        Assert.Equal("the input is 50.0 MB; the limit is 16 MB", failure.Reason);
    }

    [Fact]
    public void ParseText_SingleTenMegabyteLine_FailsNamingTheLine()
    {
        var text = "Headline of a story\n\n" + new string('x', 10 * 1024 * 1024);

        var failure = Assert.IsType<ParseFailure>(ArticleParser.ParseText(text));

        Assert.Equal(3, failure.Line);
        Assert.StartsWith("line 3 is longer than 200,000 characters", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeedStoryWithUtf8Bom_ReadsTheSameHeadline()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(TestCorpus.SeedStoryPath)).ToArray();

        var article = Assert.IsType<ParseSuccess>(ArticleParser.Parse(bytes)).Article;

        Assert.Equal("Azerbaijani leader: Cease-fire may improve Armenia relations", article.Headline);
        Assert.DoesNotContain(article.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Message.Contains("invalid", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Parse_SeedStoryInUtf16WithBom_ReadsTheSameArticle(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = File.ReadAllText(TestCorpus.SeedStoryPath);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        var article = Assert.IsType<ParseSuccess>(ArticleParser.Parse(bytes)).Article;

        Assert.Equal("Azerbaijani leader: Cease-fire may improve Armenia relations", article.Headline);
        Assert.Equal(10, article.Paragraphs.Count);
        Assert.Equal(5, article.Photos.Count);
    }

    [Fact]
    public void Parse_InvalidUtf8Sequences_ReplacesThemWithAWarning()
    {
        var bytes = File.ReadAllBytes(TestCorpus.SeedStoryPath).ToList();
        var body = Encoding.UTF8.GetBytes("In Yerevan");
        var at = IndexOf(bytes, body);
        bytes.InsertRange(at, [0xC3, 0x28, 0xFF]);

        var article = Assert.IsType<ParseSuccess>(ArticleParser.Parse(bytes.ToArray())).Article;

        var warning = Assert.Single(article.Diagnostics, d => d.Message.Contains("invalid UTF-8", StringComparison.Ordinal));
        Assert.Equal(DiagnosticKind.Warning, warning.Kind);
        Assert.Equal(64, warning.Line);
        Assert.Equal("2 invalid UTF-8 sequence(s) were replaced with U+FFFD (first on line 64)", warning.Message);
        Assert.StartsWith("\uFFFD(\uFFFDIn Yerevan", article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HtmlPage_IsReadByTheHtmlParserNotAsATextDump()
    {
        var html = "<!DOCTYPE html><html><head><title>T</title></head><body><h1>Headline here now</h1><p>"
            + string.Join(' ', Enumerable.Repeat("Words of the body.", 40)) + "</p></body></html>";

        var result = ArticleParser.Parse(Encoding.UTF8.GetBytes(html));

        var article = Assert.IsType<ParseSuccess>(result).Article;
        Assert.Equal("Headline here now", article.Headline);
        Assert.NotEmpty(article.Paragraphs);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains('<', StringComparison.Ordinal));
    }

    private static int IndexOf(List<byte> haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Count - needle.Length; i++)
        {
            if (haystack.Skip(i).Take(needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        throw new InvalidOperationException("needle not found");
    }
}
