using System.Net;

namespace NewsReader.Web.Tests;

public sealed class PhotoPageTests(SeededSite site) : IClassFixture<SeededSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Photo_ThirdOfFive_ShowsCounterCaptionSlugLineAndLinkedCredit()
    {
        var slug = await site.SlugOfAsync(TestStories.SeedHeadline);

        var page = await _client.GetDocumentAsync($"/articles/{slug}/photos/3");

        var visible = page.QuerySelectorAll(".slide").Single(s => !s.HasAttribute("hidden"));
        Assert.Equal("3 of 5", visible.QuerySelector(".slide-counter")!.TextContent);
        Assert.Equal("Armenia Azerbaijan", visible.QuerySelector(".slide-slug")!.TextContent);
        Assert.StartsWith("A portrait of a girl seen through broken glass", visible.QuerySelector(".caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/photographers/sergei-grits", visible.QuerySelector(".credit a")!.GetAttribute("href"));
        Assert.Equal($"Photo 3 of 5: {TestStories.SeedHeadline} · NewsReader", page.Title);
        Assert.Equal("carousel", page.QuerySelector(".carousel")!.GetAttribute("aria-roledescription"));
        Assert.All(page.QuerySelectorAll(".slide"), s => Assert.Equal("slide", s.GetAttribute("aria-roledescription")));
    }

    [Fact]
    public async Task Photo_Middle_HasPreviousAndNextLinksThatWorkWithoutScript()
    {
        var slug = await site.SlugOfAsync(TestStories.SeedHeadline);

        var page = await _client.GetDocumentAsync($"/articles/{slug}/photos/3");

        Assert.Equal($"/articles/{slug}/photos/2", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal($"/articles/{slug}/photos/4", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal($"/articles/{slug}", page.QuerySelector(".gallery-back")!.GetAttribute("href"));
        var thumbs = page.QuerySelectorAll(".gallery-thumbs a");
        Assert.Equal(5, thumbs.Length);
        Assert.Equal("true", thumbs[2].GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Photo_FirstAndLast_DisableTheControlThatLeadsNowhere()
    {
        var slug = await site.SlugOfAsync(TestStories.SeedHeadline);

        var first = await _client.GetDocumentAsync($"/articles/{slug}/photos/1");
        var last = await _client.GetDocumentAsync($"/articles/{slug}/photos/5");

        Assert.Equal("true", first.QuerySelector("[data-gallery-prev]")!.GetAttribute("aria-disabled"));
        Assert.False(first.QuerySelector("[data-gallery-prev]")!.HasAttribute("href"));
        Assert.Equal("true", last.QuerySelector("[data-gallery-next]")!.GetAttribute("aria-disabled"));
        Assert.Equal($"/articles/{slug}/photos/4", last.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public async Task Photo_NumberOutOfRange_Answers404(int number)
    {
        var slug = await site.SlugOfAsync(TestStories.SeedHeadline);

        using var response = await _client.GetAsync($"/articles/{slug}/photos/{number}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Photo_UnknownArticle_Answers404()
    {
        using var response = await _client.GetAsync("/articles/no-such-story/photos/1", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Photo_WithStoredImage_ShowsImageServedWithLongLivedCache()
    {
        var fileName = "0f343b0931126a20f133d67c2b018a3b.png";
        Directory.CreateDirectory(site.MediaPath);
        await File.WriteAllBytesAsync(Path.Combine(site.MediaPath, fileName), Convert.FromBase64String(OnePixelPng), TestContext.Current.CancellationToken);
        var slug = await site.SlugOfAsync(TestStories.InStoreTeaser);
        await site.WithStoreAsync(async db =>
        {
            var article = db.Articles.Single(a => a.Slug == slug);
            db.Photos.Add(new NewsReader.Data.Model.Photo
            {
                ArticleId = article.Id, Position = 1, Caption = "The excavated chamber.", ImageFileName = fileName,
                ImageContentType = "image/png", ImageWidth = 1, ImageHeight = 1,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var page = await _client.GetDocumentAsync($"/articles/{slug}/photos/1");
        var src = page.QuerySelector(".slide img")!.GetAttribute("src")!;
        using var image = await _client.GetAsync(src, TestContext.Current.CancellationToken);

        Assert.Equal($"/media/{fileName}", src);
        Assert.Equal("The excavated chamber.", page.QuerySelector(".slide img")!.GetAttribute("alt"));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", image.Headers.CacheControl!.ToString());
    }

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
}
