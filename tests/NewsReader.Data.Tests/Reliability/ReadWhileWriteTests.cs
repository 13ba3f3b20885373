using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Data.Ingest;
using NewsReader.Ingestion;
using NewsReader.Tests.Shared;

namespace NewsReader.Data.Tests.Reliability;

public sealed class ReadWhileWriteTests
{
    private const int Stories = 3000;

    [Fact]
    public async Task PageQueries_DuringAnIngestOfThousandsOfArticles_NeverMeetALockedDatabase()
    {
        var token = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(useSystemClock: true);
        var seed = Assert.IsType<ParseSuccess>(ArticleParser.Parse(await File.ReadAllBytesAsync(TestCorpus.SeedStoryPath, token))).Article;
        var entries = Enumerable.Range(0, Stories)
            .Select(i => ImportEntry.Parsed(
                new SourceFile($"/stories/story-{i:D5}.txt", 20_000, $"{i:x64}"),
                seed with { Headline = SeedVariants.Headline(i) },
                DateTime.UnixEpoch))
            .ToList();

        using var writing = CancellationTokenSource.CreateLinkedTokenSource(token);
        var writer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var batch in entries.Chunk(FileIngestor.BatchSize))
                    {
                        await using var scope = store.Services.CreateAsyncScope();
                        var outcomes = await scope.ServiceProvider.GetRequiredService<FileIngestor>().ImportAsync(batch, null, token);
                        Assert.All(outcomes, o => Assert.Equal(Model.IngestOutcome.Ingested, o.Outcome));
                    }
                }
                finally
                {
                    await writing.CancelAsync();
                }
            },
            token);
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() => ReadPagesUntilAsync(store, writing.Token), token)).ToList();

        await writer;
        var reads = await Task.WhenAll(readers);

        Assert.All(reads, count => Assert.True(count > 20, $"a reader ran only {count} page queries"));
        Assert.Equal(Stories, await store.WithDbAsync(db => db.Articles.CountAsync(token)));
    }

    // What the pages do: the newest-first list by keyset, an article with its gallery and teasers, a topic.
    private static async Task<int> ReadPagesUntilAsync(TestStore store, CancellationToken writing)
    {
        var queries = 0;
        var watch = Stopwatch.StartNew();
        while (!writing.IsCancellationRequested && watch.Elapsed < TimeSpan.FromMinutes(1))
        {
            await using var scope = store.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            var page = await db.Articles.AsNoTracking()
                .OrderByDescending(a => a.SortDateUtc).ThenByDescending(a => a.Id)
                .Select(a => new { a.Id, a.Slug, a.Headline, a.SortDateUtc, Photos = a.Photos.Count })
                .Take(20)
                .ToListAsync(CancellationToken.None);
            if (page.Count > 0)
            {
                var last = page[^1];
                await db.Articles.AsNoTracking()
                    .Where(a => a.SortDateUtc < last.SortDateUtc || (a.SortDateUtc == last.SortDateUtc && a.Id < last.Id))
                    .OrderByDescending(a => a.SortDateUtc).ThenByDescending(a => a.Id)
                    .Take(20).Select(a => a.Slug).ToListAsync(CancellationToken.None);
                var article = await db.Articles.AsNoTracking()
                    .Include(a => a.Photos).Include(a => a.RelatedLists).ThenInclude(l => l.Teasers).Include(a => a.Topics)
                    .AsSplitQuery()
                    .SingleAsync(a => a.Slug == page[0].Slug, CancellationToken.None);
                Assert.Equal(SeedVariants.PhotosPerStory, article.Photos.Count);
                await db.Topics.AsNoTracking().Where(t => t.Slug == "armenia").Select(t => t.Articles.Count).SingleAsync(CancellationToken.None);
            }

            queries++;
        }

        return queries;
    }
}
