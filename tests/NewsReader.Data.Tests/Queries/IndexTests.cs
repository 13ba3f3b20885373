namespace NewsReader.Data.Tests.Queries;

public sealed class IndexTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TeasersByStorySlug_SearchesTheStorySlugIndex()
    {
        await using var store = await TestStore.CreateAsync();

        var plan = await store.WithDbAsync(db => QueryPlan.OfAsync(
            db.Teasers.Where(t => t.StorySlug == "parrots-found").Select(t => new { t.Title, t.TargetArticleId }),
            Token));

        Assert.Contains(plan, line => line.Contains("USING INDEX IX_Teasers_StorySlug (StorySlug=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN", StringComparison.Ordinal));
    }
}
