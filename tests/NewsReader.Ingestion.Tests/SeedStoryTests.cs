using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests;

/// <summary>The seed story, the format the product is built for, parses exactly.</summary>
public sealed class SeedStoryTests
{
    private const string StandardCaptionEnd =
        "Ethnic Armenians return to a normal life after a Russia-brokered cease-fire was signed between Armenia and Azerbaijan.";

    private static ParsedArticle ParseSeed()
    {
        var result = ArticleParser.Parse(File.ReadAllBytes(TestCorpus.SeedStoryPath));
        return Assert.IsType<ParseSuccess>(result).Article;
    }

    [Fact]
    public void Parse_SeedStory_ReadsEveryFieldExactly()
    {
        var article = ParseSeed();

        Assert.Equal("Azerbaijani leader: Cease-fire may improve Armenia relations", article.Headline);
        Assert.Null(article.Byline);

        var dateline = Assert.IsType<Dateline>(article.Dateline);
        Assert.Equal("MOSCOW (AP) —", dateline.Text);
        Assert.Equal(["MOSCOW"], dateline.Places);
        Assert.Equal("AP", dateline.Agency);

        Assert.Equal(2, article.ReadingTimeMinutes);
        Assert.False(article.ReadingTimeEstimated);
        Assert.Equal(new DateOnly(2020, 11, 21), article.PublishedOn);

        Assert.Equal(10, article.Paragraphs.Count);
        Assert.StartsWith("The president of Azerbaijan said Saturday", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("In Yerevan, Russian Defense Minister", article.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal("Russian Foreign Minister Sergey Lavrov said Aliyev favors unblocking the “vital trade routes” in the region.", article.Paragraphs[5]);

        Assert.Equal(5, article.Photos.Count);
        Assert.Equal(
            ["APTOPIX Armenia Azerbaijan", "Armenia Azerbaijan", "Armenia Azerbaijan", "Armenia Azerbaijan", "Armenia Azerbaijan"],
            article.Photos.Select(p => p.Slug));
        Assert.Equal([1, 2, 3, 4, 5], article.Photos.Select(p => p.Position));
        Assert.All(article.Photos, photo =>
        {
            Assert.Equal(5, photo.Count);
            Assert.Equal("AP Photo/Sergei Grits", photo.Credit);
            Assert.Equal("Sergei Grits", photo.Photographer);
            Assert.Equal("AP", photo.Agency);
            Assert.DoesNotContain("AP Photo", photo.Caption, StringComparison.Ordinal);
            Assert.Null(photo.ImageSource);
        });
        Assert.Equal(
            [new DateOnly(2020, 11, 21), new DateOnly(2020, 11, 21), new DateOnly(2020, 11, 21), new DateOnly(2020, 11, 20), new DateOnly(2020, 11, 21)],
            article.Photos.Select(p => p.TakenOn));
        Assert.Equal(
            "A woman carries her purchases and chicken at the market in Stepanakert, the capital of the separatist region of "
            + "Nagorno-Karabakh, on Saturday, Nov. 21, 2020. " + StandardCaptionEnd,
            article.Photos[0].Caption);
        Assert.EndsWith("that ended six weeks of heavy fighting.", article.Photos[3].Caption, StringComparison.Ordinal);

        var latest = Assert.Single(article.RelatedLists);
        Assert.Equal("Latest Stories", latest.Heading);
        Assert.Equal(20, latest.Stories.Count);
        Assert.Equal(
            "Remdesivir, hailed — and taken — by Trump, doesn't work for coronavirus, World Health Organization declares",
            latest.Stories[0].Title);
        Assert.Equal(
            "The World Health Organization on Thursday recommended against continuing to use the antiviral remdesivir to treat COVID-19.",
            latest.Stories[0].Summary);
        Assert.Equal("Rudy Giuliani suggests cutting heads of Democrats in Fox interview after disastrous press conference", latest.Stories[^1].Title);
        Assert.All(latest.Stories, story => Assert.False(string.IsNullOrWhiteSpace(story.Summary)));
    }

    [Fact]
    public void Parse_SeedStory_LeavesNoTraceOfTheAppPromo()
    {
        var article = ParseSeed();

        var everything = string.Join('\n', article.Paragraphs.Concat(article.Photos.Select(p => p.Caption))
            .Concat(article.RelatedLists.SelectMany(l => l.Stories.SelectMany(s => new[] { s.Title, s.Summary ?? string.Empty })))
            .Append(article.Headline));
        Assert.DoesNotContain("Yahoo News is better in the app", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Stay in the know", everything, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeedStory_ReportsDroppedBlocksAndTheCutSummary()
    {
        var article = ParseSeed();

        Assert.Equal(
            [
                new Diagnostic(DiagnosticKind.Dropped, 21, "promo block inside the photo gallery, with no photo counter (3 lines): \"Stay in the know at a glance with the Top 10 daily stories\""),
                new Diagnostic(DiagnosticKind.Dropped, 39, "duplicate caption list (5 captions repeated)"),
                new Diagnostic(DiagnosticKind.Warning, 146, "summary of story 20 under \"Latest Stories\" is cut off mid-sentence"),
            ],
            article.Diagnostics);
    }

    [Fact]
    public void Parse_SeedStory_ProductSampleMatchesTheCorpusOriginal()
    {
        var corpus = TestCorpus.RequireDirectory();
        var original = ArticleParser.Parse(File.ReadAllBytes(Path.Combine(corpus, "seed", "000_9837823fe31fd411.txt")));

        var expected = ParseSeed();
        var actual = Assert.IsType<ParseSuccess>(original).Article;
        Assert.Equal(expected.Headline, actual.Headline);
        Assert.Equal(expected.Paragraphs, actual.Paragraphs);
        Assert.Equal(expected.Photos, actual.Photos);
    }

    [Theory]
    [InlineData("Cease-fire may improve relations (part 1)")]
    [InlineData("Cease-fire may improve relations (part 1/2)")]
    [InlineData("Leader: Cease-fire may improve relations (AP)")]
    public void Parse_SeedStoryWithHeadlineEndingInParenthesis_ReadsThatHeadlineAndTheSameBody(string headline)
    {
        var text = File.ReadAllText(TestCorpus.SeedStoryPath)
            .Replace("Azerbaijani leader: Cease-fire may improve Armenia relations", headline, StringComparison.Ordinal);

        var article = Assert.IsType<ParseSuccess>(ArticleParser.ParseText(text)).Article;

        var expected = ParseSeed();
        Assert.Equal(headline, article.Headline);
        Assert.Equal(expected.Paragraphs, article.Paragraphs);
        Assert.Equal(expected.Photos, article.Photos);
        Assert.Equal(expected.PublishedOn, article.PublishedOn);
    }

    [Fact]
    public void Parse_SeedStoryWithWindowsLineEndings_ReadsTheSameArticle()
    {
        var text = File.ReadAllText(TestCorpus.SeedStoryPath).ReplaceLineEndings("\r\n");

        var article = Assert.IsType<ParseSuccess>(ArticleParser.ParseText(text)).Article;

        var expected = ParseSeed();
        Assert.Equal(expected.Paragraphs, article.Paragraphs);
        Assert.Equal(expected.Photos, article.Photos);
        Assert.Equal(expected.RelatedLists[0].Stories, article.RelatedLists[0].Stories);
    }
}
