using System.Net;

namespace NewsReader.Web.Tests;

public sealed class SiteTests(SeededSite site) : IClassFixture<SeededSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/css/site.css")]
    [InlineData("/js/site.js")]
    [InlineData("/health")]
    [InlineData("/articles/no-such-story")]
    public async Task EveryResponse_CarriesSecurityHeaders(string path)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        var csp = string.Join(';', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptOrStyle()
    {
        var slug = await site.SlugOfAsync(TestStories.SeedHeadline);
        foreach (var path in new[] { "/", $"/articles/{slug}" })
        {
            var page = await _client.GetDocumentAsync(path);
            Assert.All(page.Scripts, s => Assert.True(s.Source is { Length: > 0 } || s.Type == "application/ld+json", $"inline script on {path}"));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
        }
    }

    [Fact]
    public async Task Health_AnswersHealthyWhenTheStoreOpens()
    {
        using var response = await _client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Home_ListsStoriesNewestFirstWithPlaceDateAndLeadPhoto()
    {
        var page = await _client.GetDocumentAsync("/");

        var cards = page.QuerySelectorAll(".front-list .card");
        var dates = cards.Select(c => DateOnly.Parse(c.QuerySelector("time")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, cards.Length);
        Assert.Equal(dates.OrderDescending(), dates);
        var seedCard = cards.Single(c => c.QuerySelector(".card-headline")!.TextContent.Trim() == TestStories.SeedHeadline);
        Assert.Equal("Moscow", seedCard.QuerySelector(".meta-place")!.TextContent);
        Assert.Contains("5 photos", seedCard.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(seedCard.QuerySelector(".caption-card"));
        Assert.Contains(page.QuerySelectorAll(".front-aside a"), a => a.GetAttribute("href") == "/topics/armenia");
        Assert.Contains(page.QuerySelectorAll(".front-aside a"), a => a.GetAttribute("href") == "/places/moscow");
        Assert.Empty(page.QuerySelectorAll(".pager a"));
    }

    [Fact]
    public async Task StaticAssets_WithVersion_AreCachedForAYear()
    {
        var page = await _client.GetDocumentAsync("/");
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await _client.GetAsync(css, TestContext.Current.CancellationToken);

        Assert.Contains("?v=", css, StringComparison.Ordinal);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
    }
}
