using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Pages.Components;

namespace NewsReader.Web.Tests;

public sealed class QueryPlanTests(NewsSiteFactory site) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task FrontPageFacets_CountInTheJoinTableIndexes_WithoutVisitingArticles()
    {
        site.CreateClient().Dispose();
        var plans = new List<string>();
        await site.WithStoreAsync(async db =>
        {
            plans.AddRange(await PlanAsync(Facets.TopicsByCount(db).Take(12)));
            plans.AddRange(await PlanAsync(Facets.PlacesByCount(db).Take(12)));
        });

        Assert.Contains(plans, line => line.Contains("COVERING INDEX IX_ArticleTopics_TopicId", StringComparison.Ordinal));
        Assert.Contains(plans, line => line.Contains("COVERING INDEX IX_ArticlePlaces_PlaceId", StringComparison.Ordinal));
        Assert.DoesNotContain(plans, line => line.Contains("INTEGER PRIMARY KEY", StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<string>> PlanAsync<T>(IQueryable<T> query)
    {
        var token = TestContext.Current.CancellationToken;
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await command.Connection!.OpenAsync(token);
        try
        {
            var details = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                details.Add(reader.GetString(3));
            }

            return details;
        }
        finally
        {
            await command.Connection.CloseAsync();
        }
    }
}
