namespace NewsReader.Web.Tests;

/// <summary>A site whose store holds the test stories; shared by the tests of one class.</summary>
public class SeededSite : NewsSiteFactory, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        // Creating a client starts the app, which creates the store.
        CreateClient().Dispose();
        await TestStories.SeedAsync(this);
    }

    public HttpClient CreateClientWithoutRedirects() =>
        CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<string> SlugOfAsync(string headline)
    {
        var slug = "";
        await WithStoreAsync(async db => slug = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Articles.Where(a => a.Headline == headline).Select(a => a.Slug), TestContext.Current.CancellationToken));
        return slug;
    }
}
