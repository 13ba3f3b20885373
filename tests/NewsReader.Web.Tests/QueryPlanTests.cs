using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Pages.Articles;
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

    [Fact]
    public async Task RelatedStoryCandidates_ReadEachTopicAndPlaceBackwardsInItsIndex_WithoutSortingItsArticles()
    {
        site.CreateClient().Dispose();
        var plans = new List<string>();
        await site.WithStoreAsync(async db =>
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + RelatedStories.CandidatesSql(
                [RelatedStories.FeatureKind.Topic, RelatedStories.FeatureKind.Place, RelatedStories.FeatureKind.Word]);
            foreach (var (name, value) in new (string, object)[] { ("$id", 1), ("$per", 40), ("$count", 5), ("$k0", 1), ("$k1", 1), ("$k2", "\"glacier\""), ("$w0", 1.0), ("$w1", 1.0), ("$w2", 1.0) })
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                plans.Add(reader.GetString(3));
            }
        });

        Assert.Contains(plans, line => line.Contains("COVERING INDEX IX_ArticleTopics_TopicId_ArticleId (TopicId=?)", StringComparison.Ordinal));
        Assert.Contains(plans, line => line.Contains("COVERING INDEX IX_ArticlePlaces_PlaceId_ArticleId (PlaceId=?)", StringComparison.Ordinal));
        Assert.Contains(plans, line => line.Contains("VIRTUAL TABLE INDEX", StringComparison.Ordinal));

        // Only the final ranking sorts; a per-feature sort would read every article sharing the feature.
        Assert.Single(plans, line => line.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
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
