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
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("modal window", StringComparison.Ordinal) || p.EndsWith(".jpg", StringComparison.Ordinal));
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
    public void Parse_OtherLanguagesCaptionCreditsAndCommentNotices_AreNoParagraphs(string dump)
    {
        var aktualne = CorpusPageTests.ParseArticle("aktualne", dump);
        var lanacion = CorpusPageTests.ParseArticle("la-nacion", dump);

        Assert.DoesNotContain(aktualne.Paragraphs, p => p.EndsWith("| Foto: Reuters", StringComparison.Ordinal));
        Assert.DoesNotContain(lanacion.Paragraphs, p => p.Contains("comentar", StringComparison.Ordinal));
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

    [Theory]
    [InlineData(CorpusPages.W3m)]
    [InlineData(CorpusPages.InnerText)]
    public void Parse_RelatedBoxesBetweenParagraphs_KeepTheArticleGoingUntilTheListThatEndsIt(string dump)
    {
        var article = CorpusPageTests.ParseArticle("aktualne", dump);

        Assert.Equal("West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout", article.Headline);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("West Ham je opět v kurzu", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.Contains("S Declanem Ricem vytvořil", StringComparison.Ordinal));
        Assert.StartsWith("\"Jsme na děleném třetím místě.", article.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Contains(article.RelatedLists, list => list.Heading == "Související");
    }

    [Fact]
    public void Parse_ImageTextAboveItsBulletedCaption_IsDroppedAsACaption()
    {
        var article = CorpusPageTests.ParseArticle("guardian-1", CorpusPages.W3m);

        Assert.DoesNotContain("A bin of small whale bones.", article.Paragraphs);
        Assert.DoesNotContain("Hori Parata at his Pātaua farm, the place where he was born and grew up.", article.Paragraphs);
        Assert.Contains(article.Diagnostics, d => d.Message == "photo caption among the paragraphs: \"A bin of small whale bones.\"");
        Assert.Contains(article.Paragraphs, p => p.StartsWith("Concrete information on why whales strand remains elusive", StringComparison.Ordinal));
    }
}
