using static NewsReader.Ingestion.Tests.Text.TextDumpParserTests;

namespace NewsReader.Ingestion.Tests.Text;

/// <summary>The stories a related-story list gives: each a story a reader can follow, once.</summary>
public sealed class RelatedListStoriesTests
{
    private const string Headline = "Ferry services resume on the fjord after the storm";

    private static readonly string[] Titles =
    [
        "Cabin prices climb again as buyers chase the last plots by the water",
        "Fishing quotas to be cut for a third year in a row",
    ];

    [Fact]
    public void Parse_RankedListWithImagesOverItsTitles_TakesTheTitlesUnderTheRanks()
    {
        // A text browser's "Most Read": each bullet holds the rank, then the images it could not show, then the title
        // and any summary.
        var summary = "Buyers paid a record price for a plot on the water this spring, agents said on Monday.";
        var article = Parse(
        [
            Headline, .. Body, "Most Read World", "",
            "  • 1", "    [339633] [339633]", $"    {Titles[0]}", $"    {summary}",
            "  • 2", "    [Nic6429] [Nic6429732-6547]", $"    {Titles[1]}",
        ], "\n");

        Assert.Equal([new Teaser(Titles[0], summary), new Teaser(Titles[1], null)], Assert.Single(article.RelatedLists).Stories);
    }

    [Fact]
    public void Parse_ButtonsBetweenTheTeasers_AreNoStories()
    {
        var article = Parse(
        [
            Headline, .. Body, "Recommended for You", "",
            $"  • {Titles[0]}", "  • Save", "  • More like this", "  • Fewer like this",
            $"  • {Titles[1]}", "  • Save", "  • More like this", "  • Fewer like this",
        ], "\n");

        Assert.Equal(Titles, Assert.Single(article.RelatedLists).Stories.Select(story => story.Title));
    }

    [Fact]
    public void Parse_StoryListedTwice_IsGivenOnceWithTheSummaryACopyHas()
    {
        var summary = "Buyers paid a record price for a plot on the water this spring, agents said on Monday.";
        var article = Parse(
        [
            Headline, .. Body, "Latest Stories", "",
            $"  • {Titles[0]}", $"  • {Titles[0]}", $"    {summary}", $"  • {Titles[1]}", $"  • {Titles[0].ToUpperInvariant()}",
        ], "\n");

        var stories = Assert.Single(article.RelatedLists).Stories;
        Assert.Equal([new Teaser(Titles[0], summary), new Teaser(Titles[1], null)], stories);
    }

    [Fact]
    public void Parse_ListOfNothingButTheSitesOwnLinks_IsNoList()
    {
        var article = Parse([Headline, .. Body, "Most popular", "", "  • Environment", "  • Climate change", "  • Contact us"], "\n");

        Assert.Empty(article.RelatedLists);
        Assert.Equal(Body, article.Paragraphs);
    }

    [Fact]
    public void Parse_RowOfLinksShapedLikeAHeading_StartsNoList()
    {
        var article = Parse([Headline, .. Body, "More about badges | Request a badge", "Culture Connoisseur Badge", "Culture Connoisseurs consistently offer thought-provoking, timely comments on the arts."]);

        Assert.Empty(article.RelatedLists);
    }

    [Fact]
    public void Parse_ListRepeatedForAnotherScreenSize_IsGivenOnce()
    {
        string[] list = ["Related Coverage", "", $"  • {Titles[0]}", $"  • {Titles[1]}", ""];

        var article = Parse([Headline, .. Body, .. list, .. list], "\n");

        Assert.Equal([new Teaser(Titles[0], null), new Teaser(Titles[1], null)], Assert.Single(article.RelatedLists).Stories);
    }
}
