namespace NewsReader.Ingestion.Tests.Corpus;

/// <summary>What pages set inside an article's run of paragraphs, and the text parser leaves out of its body.</summary>
public sealed class PageFurnitureInBodyTests
{
    [Theory]
    [InlineData(CorpusPages.W3m)]
    [InlineData(CorpusPages.InnerText)]
    public void Parse_ArticleSplitBySlideshowOfOtherStories_KeepsBothHalvesAndDropsTheSlides(string dump)
    {
        var article = CorpusPageTests.ParseArticle("bug-1255978", dump);

        Assert.StartsWith("Most people go to hotels", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("Despite the snacks in the minibar", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Manchester United", StringComparison.Ordinal));
        Assert.Contains(article.Diagnostics, d => d.Kind == DiagnosticKind.Dropped && d.Message.StartsWith("slideshow of other stories (50 titled slides", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(CorpusPages.W3m)]
    [InlineData(CorpusPages.InnerText)]
    public void Parse_CaptionsBetweenParagraphs_AreDroppedWithADiagnostic(string dump)
    {
        var article = CorpusPageTests.ParseArticle("telegraph", dump);

        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Credit:", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.StartsWith("A man walks past", StringComparison.Ordinal));
        Assert.Contains(article.Diagnostics, d => d.Message.StartsWith("photo caption among the paragraphs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(CorpusPages.W3m)]
    [InlineData(CorpusPages.InnerText)]
    public void Parse_ListTheArticleIntroduces_IsKeptWhileLinkListsAreDropped(string dump)
    {
        var article = CorpusPageTests.ParseArticle("bbc-1", dump);

        Assert.Contains("The UK must stay in the EU to have influence on the world stage", article.Paragraphs);
        Assert.DoesNotContain("Kenya trip", article.Paragraphs);
    }

    [Fact]
    public void Parse_GalleryCaptionUnderItsCounter_IsThePhotosCaption()
    {
        var article = CorpusPageTests.ParseArticle("yahoo-2", CorpusPages.W3m);

        var photo = Assert.Single(article.Photos);
        Assert.StartsWith("In this photo dated Tuesday, Nov, 29, 2016 the Soyuz-FG rocket booster", photo.Caption, StringComparison.Ordinal);
        Assert.Equal("Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP", photo.Credit);
    }
}
