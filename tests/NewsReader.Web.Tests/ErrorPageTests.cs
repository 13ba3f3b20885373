using System.Net;
using Microsoft.EntityFrameworkCore;

namespace NewsReader.Web.Tests;

public sealed class ErrorPageTests(NewsSiteFactory site) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task BrokenStore_ShowsErrorPageWithRequestId()
    {
        using var client = site.CreateClient();
        await site.WithStoreAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE Photos", TestContext.Current.CancellationToken));

        using var response = await client.GetAsync("/", TestContext.Current.CancellationToken);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", page.Text("h1"));
        Assert.False(string.IsNullOrWhiteSpace(page.Text(".request-id")));
        Assert.NotNull(response.Headers.GetValues("Content-Security-Policy"));
    }
}
