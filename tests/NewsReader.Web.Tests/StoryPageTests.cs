using System.Net;

namespace NewsReader.Web.Tests;

public sealed class StoryPageTests(SeededSite site) : IClassFixture<SeededSite>
{
    private const string MissingStoryPath = "/stories/parrots-found-stuffed-in-plastic-bottles-in-indonesia";

    [Fact]
    public async Task Story_NotYetInStore_ShowsTitleSummaryListingArticleAndNote_ThenRedirectsOnceIngested()
    {
        using var client = site.CreateClientWithoutRedirects();

        using (var before = await client.GetAsync(MissingStoryPath, TestContext.Current.CancellationToken))
        {
            var page = await Html.ParseAsync(before);
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            Assert.Equal(TestStories.MissingTeaser, page.Text("h1"));
            Assert.Equal("Indonesian authorities said crew on a docked ship found 64 birds still alive while 10 had died.", page.Text(".summary"));
            Assert.Contains("not in the library yet", page.Text(".callout"), StringComparison.Ordinal);
            Assert.Equal(TestStories.SeedHeadline, page.Text(".card-headline"));
        }

        await TestStories.AddMissingTeaserStoryAsync(site);
        var arrived = await site.SlugOfAsync(TestStories.MissingTeaser);

        using var after = await client.GetAsync(MissingStoryPath, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, after.StatusCode);
        Assert.Equal($"/articles/{arrived}", after.Headers.Location!.OriginalString);

        var seed = await site.SlugOfAsync(TestStories.SeedHeadline);
        var seedPage = await client.GetDocumentAsync($"/articles/{seed}");
        var teaserLink = seedPage.QuerySelectorAll(".teaser-list a").Single(a => a.TextContent.Trim() == TestStories.MissingTeaser);
        Assert.Equal($"/articles/{arrived}", teaserLink.GetAttribute("href"));
    }

    [Fact]
    public async Task Story_AlreadyInStore_RedirectsToTheArticle()
    {
        using var client = site.CreateClientWithoutRedirects();
        var pompeii = await site.SlugOfAsync(TestStories.InStoreTeaser);

        var storySlug = "";
        await site.WithStoreAsync(async db => storySlug = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Teasers.Where(t => t.Title == TestStories.InStoreTeaser).Select(t => t.StorySlug), TestContext.Current.CancellationToken));

        using var response = await client.GetAsync($"/stories/{storySlug}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/articles/{pompeii}", response.Headers.Location!.OriginalString);
    }
}
