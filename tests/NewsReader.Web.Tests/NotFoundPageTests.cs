using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using NewsReader.Web.Infrastructure;

namespace NewsReader.Web.Tests;

/// <summary>The "not found" page: what it offers, and that a 404 costs the store nothing once it has been shown.</summary>
public sealed class NotFoundPageTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NotFound_OffersTheFiveNewestStoriesAsCardsWithTheirLeadPhotos_TheSameEachTime()
    {
        using var site = new NewsSiteFactory();
        using var client = site.CreateClient();
        await TestStories.SeedAsync(site);
        await TestStories.AddManyAsync(site, 3);
        var newest = new List<string>();
        await site.WithStoreAsync(async db => newest.AddRange(await db.Articles
            .OrderByDescending(a => a.SortDateUtc).ThenByDescending(a => a.Id).Take(5).Select(a => a.Headline).ToListAsync(Token)));

        var (first, firstHtml) = await GetNotFoundAsync(client, "/articles/no-such-story");
        var (_, againHtml) = await GetNotFoundAsync(client, "/nowhere");

        Assert.Equal("Latest in the library", first.Text(".related h2"));
        Assert.Equal(newest, first.QuerySelectorAll(".related .card-headline a").Select(a => a.TextContent));
        var withPhotos = first.QuerySelectorAll(".related .card").Where(card => card.QuerySelector("figure") is not null).ToList();
        Assert.Equal(
            newest.Where(h => h is TestStories.RelatedHeadline or TestStories.HostileHeadline or TestStories.SeedHeadline),
            withPhotos.Select(card => card.QuerySelector(".card-headline a")!.TextContent));
        Assert.All(withPhotos, card => Assert.StartsWith("Photo 1 of ", card.QuerySelector(".caption-card-count")!.TextContent, StringComparison.Ordinal));
        Assert.Equal(Section(firstHtml), Section(againHtml));
    }

    [Fact]
    public async Task NotFound_ShownAgain_RunsNoQueryOnTheStore_UntilAnIngestChangesIt()
    {
        using var site = new NewsSiteFactory();
        using var client = site.CreateClient();
        await TestStories.SeedAsync(site);
        await GetNotFoundAsync(client, "/wp-login.php");

        using (var commands = new StoreCommands(site.DatabasePath))
        {
            await GetNotFoundAsync(client, "/wp-login.php");
            await GetNotFoundAsync(client, "/xmlrpc.php");
            Assert.Equal(0, commands.Count);
        }

        await TestStories.AddMissingTeaserStoryAsync(site);
        var (page, _) = await GetNotFoundAsync(client, "/wp-login.php");

        Assert.Equal(TestStories.MissingTeaser, page.QuerySelector(".related .card-headline a")!.TextContent);
    }

    [Fact]
    public async Task NotFound_AfterAnotherProcessChangesTheStore_ShowsTheChangeOnceTheKeptStoriesAreOld()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        using var site = new NewsSiteFactory { Clock = clock };
        using var client = site.CreateClient();
        await TestStories.SeedAsync(site);
        await TestStories.AddManyAsync(site, 3);
        var (before, _) = await GetNotFoundAsync(client, "/nowhere");
        var firstBefore = before.QuerySelector(".related .card-headline a")!.TextContent;
        var lastBefore = before.QuerySelectorAll(".related .card-headline a")[^1].TextContent;

        // Written straight to the store, as `newsreader ingest` in another process would: nobody tells the site.
        await site.WithStoreAsync(db => db.Articles.Where(a => a.Headline == lastBefore)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.SortDateUtc, a => a.SortDateUtc.AddYears(10)), Token));
        var (kept, _) = await GetNotFoundAsync(client, "/nowhere");
        clock.Advance(StoreChangeEviction.OtherWritersShowWithin);
        var (after, _) = await GetNotFoundAsync(client, "/nowhere");

        Assert.Equal(firstBefore, kept.QuerySelector(".related .card-headline a")!.TextContent);
        Assert.Equal(lastBefore, after.QuerySelector(".related .card-headline a")!.TextContent);
    }

    private static async Task<(IHtmlDocument Page, string Html)> GetNotFoundAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Token);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Token);
        return (await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(html, Token), html);
    }

    private static string Section(string html) => html[html.IndexOf("<section class=\"related\"", StringComparison.Ordinal)..];

    /// <summary>Counts the commands EF Core sends to one store file while it is alive (other sites' stores run in parallel).</summary>
    private sealed class StoreCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _databasePath;
        private readonly IDisposable _listeners;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public StoreCommands(string databasePath)
        {
            _databasePath = Path.GetFullPath(databasePath);
            _listeners = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name
                && value.Value is CommandEventData { Command.Connection: SqliteConnection connection }
                && string.Equals(Path.GetFullPath(connection.DataSource), _databasePath, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _listeners.Dispose();
            lock (_subscriptions)
            {
                _subscriptions.ForEach(subscription => subscription.Dispose());
            }
        }
    }
}
