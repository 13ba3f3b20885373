using Microsoft.EntityFrameworkCore;
using System.Net;

namespace NewsReader.Web.Tests;

public sealed class HomePagingTests : IClassFixture<HomePagingTests.ManyStoriesSite>
{
    private readonly ManyStoriesSite _site;
    private readonly HttpClient _client;

    public HomePagingTests(ManyStoriesSite site)
    {
        _site = site;
        _client = site.CreateClient();
    }

    [Fact]
    public async Task Home_PagesThroughEveryStoryOnceWithKeysetCursor()
    {
        var seen = new List<string>();
        string? next = "/";
        var pages = 0;
        while (next is not null)
        {
            var page = await _client.GetDocumentAsync(next);
            seen.AddRange(page.QuerySelectorAll(".card-headline").Select(h => h.TextContent.Trim()));
            next = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(45, seen.Count);
        Assert.Equal(45, seen.Distinct().Count());
        Assert.Equal(await _site.HeadlinesNewestFirstAsync(), seen);
    }

    [Theory]
    [InlineData("/?before=nonsense")]
    [InlineData("/?before=-1")]
    [InlineData("/?before=99999999999999999999-1")]
    public async Task Home_MalformedCursor_Answers404(string path)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public sealed class ManyStoriesSite : NewsSiteFactory, IAsyncLifetime
    {
        public async ValueTask InitializeAsync()
        {
            CreateClient().Dispose();
            await TestStories.AddManyAsync(this, 45);
        }

        public async Task<IReadOnlyList<string>> HeadlinesNewestFirstAsync()
        {
            IReadOnlyList<string> headlines = [];
            await WithStoreAsync(async db => headlines = await db.Articles
                .OrderByDescending(a => a.SortDateUtc).ThenByDescending(a => a.Id)
                .Select(a => a.Headline)
                .ToListAsync(TestContext.Current.CancellationToken));
            return headlines;
        }
    }
}
