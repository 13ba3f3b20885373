using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace NewsReader.Web.Tests;

public sealed class PageCacheTests(PageCacheTests.CachedSite site) : IClassFixture<PageCacheTests.CachedSite>
{
    private const string MissingStoryPath = "/stories/parrots-found-stuffed-in-plastic-bottles-in-indonesia";

    [Fact]
    public async Task CachedStoryPage_AfterItsStoryIsIngested_RedirectsOnTheNextRequest()
    {
        using var client = site.CreateClientWithoutRedirects();
        using (var first = await client.GetAsync(MissingStoryPath, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // A change that bypasses ingestion is not seen while the page is cached: the cache is on.
        await site.WithStoreAsync(db => db.Teasers.Where(t => t.Title == TestStories.MissingTeaser)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Summary, "Changed behind the cache"), TestContext.Current.CancellationToken));
        var cached = await Html.ParseAsync(await client.GetAsync(MissingStoryPath, TestContext.Current.CancellationToken));
        Assert.Equal("Indonesian authorities said crew on a docked ship found 64 birds still alive while 10 had died.", cached.Text(".summary"));

        await TestStories.AddMissingTeaserStoryAsync(site);
        var arrived = await site.SlugOfAsync(TestStories.MissingTeaser);

        using var after = await client.GetAsync(MissingStoryPath, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, after.StatusCode);
        Assert.Equal($"/articles/{arrived}", after.Headers.Location!.OriginalString);
    }

    /// <summary>The seeded site with pages cached far longer than a test runs, so only eviction can refresh them.</summary>
    public sealed class CachedSite : SeededSite
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("NewsReader:PageCacheSeconds", "600");
        }
    }
}
