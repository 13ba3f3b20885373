using System.Globalization;

namespace NewsReader.Web.Tests;

/// <summary>A place with more stories than its page lists: the page shows the newest, and says how many there are.</summary>
public sealed class FacetListingTests(FacetListingTests.BusyPlaceSite site) : IClassFixture<FacetListingTests.BusyPlaceSite>
{
    private const int Stories = 53;

    [Fact]
    public async Task Place_WithMoreStoriesThanItLists_ShowsTheNewestFiftyAndCountsThemAll()
    {
        using var client = site.CreateClient();

        var page = await client.GetDocumentAsync("/places/oslo");

        Assert.Equal(50, page.QuerySelectorAll(".card-list .card-headline").Length);
        Assert.StartsWith($"{Stories} stories", page.QuerySelector(".listing-header p:not(.kicker)")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    public sealed class BusyPlaceSite : NewsSiteFactory, IAsyncLifetime
    {
        public async ValueTask InitializeAsync()
        {
            CreateClient().Dispose();
            var folder = Directory.CreateDirectory(Path.Combine(DataDirectory, "busy")).FullName;
            var paths = new List<string>();
            for (var i = 1; i <= Stories; i++)
            {
                var number = i.ToString(CultureInfo.InvariantCulture);
                var path = Path.Combine(folder, $"harbour-{number}.txt");
                await File.WriteAllTextAsync(
                    path,
                    TestStories.Dump($"Harbour report number {number} from the fjord", $"OSLO (AP) — The harbour master said ferry {number} docked on time after a calm crossing of the fjord.", "Crews reported calm water and light winds all morning."),
                    TestContext.Current.CancellationToken);
                paths.Add(path);
            }

            await IngestAsync([.. paths]);
        }
    }
}
