namespace NewsReader.Web.Tests;

/// <summary>Related stories by shared words stay right when a story that shares them arrives after the page was shown.</summary>
public sealed class RelatedStoriesAfterIngestTests
{
    private const string GlacierTrail = "Melting glacier exposes ancient Alpine trail near Zermatt";
    private const string GlacierSurvey = "Scientists survey glacier retreat above Zermatt";

    [Fact]
    public async Task Article_ShownBeforeAStorySharingItsWordsArrives_ListsThatStoryAfterTheIngest()
    {
        using var site = new NewsSiteFactory();
        using var client = site.CreateClient();
        await site.IngestTextAsync("trail.txt", TestStories.Dump(GlacierTrail, "GENEVA (AP) — Hikers found the path as the ice pulled back.", "Rangers closed it to visitors."));
        var trail = await site.ArticlePathAsync(GlacierTrail);

        // Alone in the store, its words are in no other story: nothing related, and their counts are kept.
        Assert.Empty((await client.GetDocumentAsync(trail)).QuerySelectorAll(".related .card-headline"));
        Assert.Empty((await client.GetDocumentAsync(trail)).QuerySelectorAll(".related .card-headline"));

        await site.IngestTextAsync("survey.txt", TestStories.Dump(GlacierSurvey, "OSLO (AP) — A team measured how far the ice had pulled back since spring.", "Their findings follow a hot summer."));
        var page = await client.GetDocumentAsync(trail);

        Assert.Equal([GlacierSurvey], page.QuerySelectorAll(".related .card-headline").Select(h => h.TextContent.Trim()));
    }
}
