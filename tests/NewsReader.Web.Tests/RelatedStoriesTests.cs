using NewsReader.Web.Pages.Articles;

namespace NewsReader.Web.Tests;

/// <summary>Related stories found by shared words, in a store where no two stories share a topic or a place.</summary>
public sealed class RelatedStoriesTests(RelatedStoriesTests.WordsSite site) : IClassFixture<RelatedStoriesTests.WordsSite>
{
    private const string GlacierTrail = "Melting glacier exposes ancient Alpine trail near Zermatt";
    private const string GlacierSurvey = "Scientists survey glacier retreat above Zermatt";
    private const string GlacierMention = "Ski resorts plan for a warmer winter without the glacier";
    private const string BusLanes = "City council approves budget for bus lanes";

    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Article_SharingDistinctiveWordsButNoTopicOrPlace_ListsTheOtherAsRelated()
    {
        Assert.Contains(GlacierSurvey, await RelatedHeadlinesAsync(GlacierTrail));
        Assert.Contains(GlacierTrail, await RelatedHeadlinesAsync(GlacierSurvey));
    }

    [Fact]
    public async Task Article_SharingMoreDistinctiveWords_RanksAboveOneSharingFewer()
    {
        // The survey shares "glacier" and "zermatt" with the trail story; the ski story only "glacier".
        Assert.Equal([GlacierSurvey, GlacierMention], await RelatedHeadlinesAsync(GlacierTrail));
    }

    [Fact]
    public async Task Article_SharingNoTopicPlaceOrDistinctiveWord_HasNoRelatedStories()
    {
        Assert.Empty(await RelatedHeadlinesAsync(BusLanes));
        Assert.DoesNotContain(BusLanes, await RelatedHeadlinesAsync(GlacierTrail));
    }

    [Fact]
    public async Task Article_IsNeverItsOwnRelatedStory()
    {
        foreach (var headline in new[] { GlacierTrail, GlacierSurvey, GlacierMention })
        {
            Assert.DoesNotContain(headline, await RelatedHeadlinesAsync(headline));
        }
    }

    [Fact]
    public void SignificantWords_Headline_FoldsCaseAndDiacriticsAndDropsShortAndCommonWords()
    {
        var words = SignificantWords.Of("Cease-fire may improve Armenia's relations with the Zürich café", lead: null);

        Assert.Equal(["cease", "fire", "improve", "armenia", "relations", "zurich", "cafe"], words);
    }

    private async Task<IReadOnlyList<string>> RelatedHeadlinesAsync(string headline)
    {
        var page = await _client.GetDocumentAsync(await site.ArticlePathAsync(headline));
        return [.. page.QuerySelectorAll(".related .card-headline").Select(h => h.TextContent.Trim())];
    }

    /// <summary>Four stories, each with its own dateline place and no gallery, so none shares a topic or place.</summary>
    public sealed class WordsSite : NewsSiteFactory, IAsyncLifetime
    {
        public async ValueTask InitializeAsync()
        {
            CreateClient().Dispose();
            await IngestTextAsync("trail.txt", TestStories.Dump(GlacierTrail, "GENEVA (AP) — Hikers found the path as the ice pulled back.", "Rangers closed it to visitors."));
            await IngestTextAsync("survey.txt", TestStories.Dump(GlacierSurvey, "OSLO (AP) — A team measured how far the ice had pulled back since spring.", "Their findings follow a hot summer."));
            await IngestTextAsync("ski.txt", TestStories.Dump(GlacierMention, "DENVER (AP) — Operators are adding snow machines to lower slopes.", "Bookings are down this season."));
            await IngestTextAsync("bus.txt", TestStories.Dump(BusLanes, "LIMA, Peru (AP) — Buses will get their own lanes on four avenues.", "Work begins in March."));
        }
    }
}
