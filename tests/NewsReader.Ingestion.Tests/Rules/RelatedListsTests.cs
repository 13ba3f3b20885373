using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Tests.Rules;

/// <summary>Which related-story lists a page gives, from a text dump or an HTML page alike.</summary>
public sealed class RelatedListsTests
{
    private static readonly List<Teaser> Stories =
    [
        new("Cabin prices climb again as buyers chase the last plots by the water", null),
        new("Fishing quotas to be cut for a third year in a row", null),
        new("Harbour authority opens the new ferry terminal after years of delays", null),
    ];

    [Fact]
    public void TryAdd_ListOfStories_IsGivenUnderItsHeading()
    {
        List<RelatedList> lists = [];

        Assert.True(RelatedLists.TryAdd(lists, "Most Read", Stories));

        Assert.Equal("Most Read", Assert.Single(lists).Heading);
        Assert.Equal(Stories, lists[0].Stories);
    }

    [Fact]
    public void TryAdd_RankedTitles_AreGivenWithoutTheirRanks()
    {
        List<RelatedList> lists = [];

        RelatedLists.TryAdd(lists, "Most Read", [.. Stories.Select((story, i) => story with { Title = $"{i + 1} {story.Title}" })]);

        Assert.Equal(Stories, Assert.Single(lists).Stories);
    }

    [Fact]
    public void TryAdd_CopyUnderTheSameHeadingOpeningWithTheSameStory_IsNotGivenAgainEvenWhenShorter()
    {
        List<RelatedList> lists = [];
        RelatedLists.TryAdd(lists, "Most Read", Stories);

        Assert.False(RelatedLists.TryAdd(lists, "Most Read", Stories[..2]));
        Assert.True(RelatedLists.TryAdd(lists, "Trending", Stories));
        Assert.True(RelatedLists.TryAdd(lists, "Most Read", Stories[1..]));
        Assert.Equal(3, lists.Count);
    }

    [Theory]
    [InlineData("More from Example News", new[] { "Environment", "Climate change", "Contact us" })]
    [InlineData("Latest Stories", new string[0])]
    public void TryAdd_SitesMenuOrNoStories_IsNotGiven(string heading, string[] titles)
    {
        List<RelatedList> lists = [];

        Assert.False(RelatedLists.TryAdd(lists, heading, [.. titles.Select(title => new Teaser(title, null))]));
        Assert.Empty(lists);
    }
}
