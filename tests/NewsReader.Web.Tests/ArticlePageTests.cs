using System.Net;
using System.Text.Json;

namespace NewsReader.Web.Tests;

public sealed class ArticlePageTests(SeededSite site) : IClassFixture<SeededSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Article_SeedStory_ShowsHeadlineDatelineApartAndBodyWithoutDateline()
    {
        var slug = await site.SlugOfAsync(TestStories.SeedHeadline);

        var page = await _client.GetDocumentAsync($"/articles/{slug}");

        Assert.Equal(TestStories.SeedHeadline, page.Text("h1"));
        Assert.Equal("MOSCOW (AP)", page.Text(".story-body .dateline"));
        var firstParagraph = page.QuerySelectorAll(".story-body p:not(.dateline)")[0].TextContent;
        Assert.StartsWith("The president of Azerbaijan said Saturday", firstParagraph, StringComparison.Ordinal);
        Assert.Contains("November 21, 2020", page.Text(".story-header .meta"), StringComparison.Ordinal);
        Assert.Contains("2 min read", page.Text(".story-header .meta"), StringComparison.Ordinal);
        Assert.Equal($"{TestStories.SeedHeadline} · NewsReader", page.Title);
    }

    [Fact]
    public async Task Article_SeedStory_ShowsLeadPhotoAsCaptionCardWithCreditAndGalleryStripOfFive()
    {
        var slug = await site.SlugOfAsync(TestStories.SeedHeadline);

        var page = await _client.GetDocumentAsync($"/articles/{slug}");

        var lead = page.QuerySelector("figure.photo-lead")!;
        Assert.Null(lead.QuerySelector("img"));
        Assert.Equal("Photo 1 of 5", lead.QuerySelector(".caption-card-count")!.TextContent);
        Assert.Equal("APTOPIX Armenia Azerbaijan", lead.QuerySelector(".caption-card-slug")!.TextContent);
        Assert.Equal("AP Photo/Sergei Grits", lead.QuerySelector(".credit a")!.TextContent.Trim());
        Assert.Equal("/photographers/sergei-grits", lead.QuerySelector(".credit a")!.GetAttribute("href"));
        Assert.Equal("5 photos", page.Text(".gallery-strip-count"));
        Assert.Equal($"/articles/{slug}/photos/1", page.QuerySelector(".gallery-strip-link")!.GetAttribute("href"));
        Assert.Equal(5, page.QuerySelectorAll(".gallery-strip-thumbs a").Length);
        Assert.Empty(page.QuerySelectorAll("img"));
    }

    [Fact]
    public async Task Article_SeedStory_LinksTeasersToArticleWhenStoredElseToTeaserPage()
    {
        var slug = await site.SlugOfAsync(TestStories.SeedHeadline);
        var pompeii = await site.SlugOfAsync(TestStories.InStoreTeaser);

        var page = await _client.GetDocumentAsync($"/articles/{slug}");

        Assert.Equal("Latest Stories", page.Text(".teasers h2"));
        var links = page.QuerySelectorAll(".teaser-list a.teaser-title").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal($"/articles/{pompeii}", links[TestStories.InStoreTeaser]);
        Assert.Equal("/stories/parrots-found-stuffed-in-plastic-bottles-in-indonesia", links[TestStories.MissingTeaser]);
    }

    [Fact]
    public async Task Article_SeedStory_ListsTopicsPlacesPhotographersAndRelatedStories()
    {
        var slug = await site.SlugOfAsync(TestStories.SeedHeadline);

        var page = await _client.GetDocumentAsync($"/articles/{slug}");

        var tagLinks = page.QuerySelectorAll(".story-tags a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/topics/armenia", tagLinks);
        Assert.Contains("/topics/azerbaijan", tagLinks);
        Assert.Contains("/places/moscow", tagLinks);
        Assert.Contains("/photographers/sergei-grits", tagLinks);
        Assert.Contains(TestStories.RelatedHeadline, page.QuerySelectorAll(".related .card-headline").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task Article_SeedStory_HeadCarriesDescriptionCanonicalOpenGraphAndNewsArticleJsonLd()
    {
        var slug = await site.SlugOfAsync(TestStories.SeedHeadline);

        var page = await _client.GetDocumentAsync($"/articles/{slug}");

        Assert.Equal($"http://localhost/articles/{slug}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal(TestStories.SeedHeadline, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.StartsWith("The president of Azerbaijan", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal(TestStories.SeedHeadline, root.GetProperty("headline").GetString());
        Assert.Equal("2020-11-21", root.GetProperty("datePublished").GetString());
        Assert.Equal("MOSCOW (AP)", root.GetProperty("dateline").GetString());
        Assert.Equal("Organization", root.GetProperty("publisher").GetProperty("@type").GetString());
        var images = root.GetProperty("image").EnumerateArray().ToList();
        Assert.Equal(5, images.Count);
        Assert.All(images, image =>
        {
            Assert.Equal("ImageObject", image.GetProperty("@type").GetString());
            Assert.Equal("AP Photo/Sergei Grits", image.GetProperty("creditText").GetString());
            Assert.Equal("Sergei Grits", image.GetProperty("creator").GetProperty("name").GetString());
            Assert.False(string.IsNullOrEmpty(image.GetProperty("caption").GetString()));
        });
    }

    [Fact]
    public async Task Article_SeedStory_EveryLinkOnThePageAnswers200()
    {
        var slug = await site.SlugOfAsync(TestStories.SeedHeadline);
        var page = await _client.GetDocumentAsync($"/articles/{slug}");

        var hrefs = page.QuerySelectorAll("a[href], link[href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.True(hrefs.Count > 15, $"only {hrefs.Count} links found");
        foreach (var href in hrefs)
        {
            using var response = await _client.GetAsync(href, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Article_HeadlineAndCaptionWithScript_ShowAsText()
    {
        var slug = await site.SlugOfAsync(TestStories.HostileHeadline);

        using var response = await _client.GetAsync($"/articles/{slug}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = await Html.ParseAsync(response);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Equal(TestStories.HostileHeadline, page.Text("h1"));
        Assert.Equal(TestStories.HostileCaption, page.Text("figure.photo-lead .caption"));
        Assert.Equal("Body with <b>markup</b> that must show as text.", page.Text(".story-body p:not(.dateline)"));
        // Only the site's own script and the JSON-LD data block: nothing from the article became a script element.
        Assert.Equal(2, page.Scripts.Length);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(TestStories.HostileHeadline, json.RootElement.GetProperty("headline").GetString());
    }

    [Theory]
    [InlineData("/articles/no-such-story")]
    [InlineData("/articles/")]
    [InlineData("/nowhere")]
    public async Task UnknownAddress_Answers404WithHelpfulPage(string path)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("We couldn’t find that page", page.Text("h1"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/");
        Assert.NotEmpty(page.QuerySelectorAll(".related .card"));
    }
}
