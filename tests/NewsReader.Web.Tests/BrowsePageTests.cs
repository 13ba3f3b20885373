using System.Net;

namespace NewsReader.Web.Tests;

public sealed class BrowsePageTests(SeededSite site) : IClassFixture<SeededSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Topic_ListsItsStoriesAndTheirPhotos()
    {
        var page = await _client.GetDocumentAsync("/topics/armenia");

        Assert.Equal("Armenia", page.Text("h1"));
        var headlines = page.QuerySelectorAll(".card-headline").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains(TestStories.SeedHeadline, headlines);
        Assert.DoesNotContain(TestStories.InStoreTeaser, headlines);
        Assert.Equal(5, page.QuerySelectorAll(".photo-grid li").Length);
        Assert.All(page.QuerySelectorAll(".photo-grid a"), a => Assert.Matches("^/articles/[a-z0-9-]+/photos/[1-5]$", a.GetAttribute("href")!));
    }

    [Fact]
    public async Task Place_ListsStoriesDatelinedThere()
    {
        var page = await _client.GetDocumentAsync("/places/moscow");

        Assert.Equal("Moscow", page.Text("h1"));
        var headlines = page.QuerySelectorAll(".card-headline").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal([TestStories.RelatedHeadline, TestStories.SeedHeadline], headlines.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Photographer_ListsTheirPhotosAcrossStories()
    {
        var page = await _client.GetDocumentAsync("/photographers/sergei-grits");

        Assert.Equal("Sergei Grits", page.Text("h1"));
        Assert.Equal(5, page.QuerySelectorAll(".photo-grid li").Length);
        Assert.Equal(TestStories.SeedHeadline, page.Text(".card-headline"));
    }

    [Theory]
    [InlineData("/topics", "/topics/armenia")]
    [InlineData("/places", "/places/moscow")]
    [InlineData("/photographers", "/photographers/sergei-grits")]
    public async Task Index_LinksEveryEntry(string path, string expectedLink)
    {
        var page = await _client.GetDocumentAsync(path);

        Assert.Contains(page.QuerySelectorAll(".index-list a"), a => a.GetAttribute("href") == expectedLink);
    }

    [Theory]
    [InlineData("/topics/no-such-topic")]
    [InlineData("/places/atlantis")]
    [InlineData("/photographers/nobody")]
    [InlineData("/stories/no-such-story")]
    public async Task UnknownSlug_Answers404(string path)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
