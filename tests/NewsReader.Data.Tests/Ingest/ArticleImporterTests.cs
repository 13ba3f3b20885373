using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Data.Ingest;
using NewsReader.Data.Model;
using NewsReader.Ingestion;

namespace NewsReader.Data.Tests.Ingest;

public sealed class ArticleImporterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_NewStory_StoresArticleWithPhotosTopicsPlacesAndPhotographer()
    {
        await using var store = await TestStore.CreateAsync();
        var story = TestArticles.Story(related: [TestArticles.Latest("Trump pardons Flynn", "Biden picks team")]);

        var outcome = await store.ImportAsync(story, "seed.txt");

        Assert.Equal(IngestOutcome.Ingested, outcome.Outcome);
        Assert.Equal("azerbaijani-leader-cease-fire-may-improve-armenia-relations", outcome.Slug);
        var article = await store.WithDbAsync(db => db.Articles.AsNoTracking()
            .Include(a => a.Photos).ThenInclude(p => p.Photographer)
            .Include(a => a.RelatedLists).ThenInclude(l => l.Teasers)
            .Include(a => a.Topics).Include(a => a.Places)
            .SingleAsync(Token));
        Assert.Equal(story.Headline, article.Headline);
        Assert.Equal("azerbaijanileaderceasefiremayimprovearmeniarelations", article.HeadlineKey);
        Assert.Equal("By Daria Litvinova", article.Byline);
        Assert.Equal("MOSCOW (AP) —", article.DatelineText);
        Assert.Equal("AP", article.DatelineAgency);
        Assert.Equal(new DateOnly(2020, 11, 21), article.PublishedOn);
        Assert.Equal(new DateTime(2020, 11, 21, 0, 0, 0, DateTimeKind.Utc), article.SortDateUtc);
        Assert.Equal(story.Paragraphs, article.Paragraphs);
        Assert.Equal(19, article.WordCount);
        Assert.Equal("seed.txt", article.SourceFileName);
        Assert.Equal(2, article.ReadingTimeMinutes);
        Assert.Equal([1, 2], article.Photos.OrderBy(p => p.Position).Select(p => p.Position));
        var first = article.Photos.Single(p => p.Position == 1);
        Assert.Equal("APTOPIX Armenia Azerbaijan", first.SlugLine);
        Assert.Equal("AP Photo/Sergei Grits", first.Credit);
        Assert.Equal("Sergei Grits", first.Photographer!.Name);
        Assert.Equal("sergei-grits", first.Photographer.Slug);
        Assert.Equal(5, first.StatedCount);
        Assert.Equal(new DateOnly(2020, 11, 21), first.TakenOn);
        Assert.Equal(["armenia", "azerbaijan"], article.Topics.Select(t => t.Slug).Order());
        Assert.Equal(["Armenia", "Azerbaijan"], article.Topics.Select(t => t.Name).Order());
        Assert.Equal("Moscow", Assert.Single(article.Places).Name);
        var list = Assert.Single(article.RelatedLists);
        Assert.Equal("Latest Stories", list.Heading);
        Assert.Equal(["Trump pardons Flynn", "Biden picks team"], list.Teasers.OrderBy(t => t.Position).Select(t => t.Title));
        Assert.Equal("trump-pardons-flynn", list.Teasers.Single(t => t.Position == 1).StorySlug);
        Assert.Equal(1, await store.WithDbAsync(db => db.Photographers.CountAsync(Token)));
    }

    [Fact]
    public async Task Import_SameContentAgain_IsUnchangedAndRecordsBothFiles()
    {
        await using var store = await TestStore.CreateAsync();
        var first = await store.ImportAsync(TestArticles.Story(), "a.txt");
        var second = await store.ImportAsync(TestArticles.Story(), "copy-of-a.txt");

        Assert.Equal(IngestOutcome.Ingested, first.Outcome);
        Assert.Equal(IngestOutcome.Unchanged, second.Outcome);
        Assert.Equal(first.Slug, second.Slug);
        Assert.Equal(1, await store.WithDbAsync(db => db.Articles.CountAsync(Token)));
        Assert.Equal(2, await store.WithDbAsync(db => db.Photos.CountAsync(Token)));
        var files = await store.WithDbAsync(db => db.IngestedFiles.OrderBy(f => f.Id).ToListAsync(Token));
        Assert.Equal([IngestOutcome.Ingested, IngestOutcome.Unchanged], files.Select(f => f.Outcome));
        Assert.All(files, f => Assert.Equal(first.ArticleId, f.ArticleId));
    }

    [Fact]
    public async Task Import_CorrectedStoryWithSameHeadlineAndDate_UpdatesInPlaceAndKeepsSlug()
    {
        await using var store = await TestStore.CreateAsync();
        var original = await store.ImportAsync(TestArticles.Story(), "a.txt");
        var corrected = TestArticles.Story(
            paragraphs: ["MOSCOW (AP) — Corrected first paragraph."],
            photos: [TestArticles.SeedPhoto(1, "Russia Armenia", "Dmitry Lovetsky")]);

        var outcome = await store.ImportAsync(corrected, "elsewhere/a-corrected.txt");

        Assert.Equal(IngestOutcome.Updated, outcome.Outcome);
        Assert.Equal(original.ArticleId, outcome.ArticleId);
        Assert.Equal(original.Slug, outcome.Slug);
        var article = await store.WithDbAsync(db => db.Articles.AsNoTracking()
            .Include(a => a.Photos).ThenInclude(p => p.Photographer).Include(a => a.Topics).SingleAsync(Token));
        Assert.Equal(["MOSCOW (AP) — Corrected first paragraph."], article.Paragraphs);
        Assert.Equal("Dmitry Lovetsky", Assert.Single(article.Photos).Photographer!.Name);
        Assert.Equal(["armenia", "russia"], article.Topics.Select(t => t.Slug).Order());
        Assert.Equal("a-corrected.txt", article.SourceFileName);
        Assert.True(article.LastIngestedUtc > article.FirstIngestedUtc);
    }

    [Fact]
    public async Task Import_CorrectedHeadlineFromSameSourceFile_UpdatesInPlaceAndKeepsSlug()
    {
        await using var store = await TestStore.CreateAsync();
        var original = await store.ImportAsync(TestArticles.Story(headline: "Azerbaijani leader: Cease-fire may improve Armenia relatons"), "inbox/a.txt");

        var outcome = await store.ImportAsync(TestArticles.Story(), "inbox/a.txt");

        Assert.Equal(IngestOutcome.Updated, outcome.Outcome);
        Assert.Equal(original.Slug, outcome.Slug);
        var article = await store.WithDbAsync(db => db.Articles.SingleAsync(Token));
        Assert.Equal("Azerbaijani leader: Cease-fire may improve Armenia relations", article.Headline);
        Assert.Equal("azerbaijanileaderceasefiremayimprovearmeniarelations", article.HeadlineKey);
    }

    [Fact]
    public async Task Import_DifferentStoriesWithSameHeadline_GetDifferentSlugs()
    {
        await using var store = await TestStore.CreateAsync();
        var first = await store.ImportAsync(TestArticles.Story(headline: "Markets rally", publishedOn: new DateOnly(2020, 11, 20)), "monday.txt");
        var second = await store.ImportAsync(TestArticles.Story(headline: "Markets rally", publishedOn: new DateOnly(2020, 11, 23)), "thursday.txt");
        var third = await store.ImportAsync(TestArticles.Story(headline: "Markets rally", publishedOn: new DateOnly(2020, 11, 23), paragraphs: ["Another outlet's story."]), "other-outlet.txt");

        Assert.Equal(IngestOutcome.Ingested, second.Outcome);
        Assert.Equal("markets-rally", first.Slug);
        Assert.Equal("markets-rally-2020-11-23", second.Slug);

        // Same headline and date is taken as a correction of the same story.
        Assert.Equal(IngestOutcome.Updated, third.Outcome);
        Assert.Equal(second.Slug, third.Slug);
        var fourth = await store.ImportAsync(TestArticles.Story(headline: "Markets rally", publishedOn: new DateOnly(2020, 11, 23)) with { PublishedOn = null, Paragraphs = ["Undated."] }, "undated.txt");
        Assert.Equal("markets-rally-2", fourth.Slug);
    }

    [Fact]
    public async Task Import_TeaserBeforeItsArticle_LinksWhenTheArticleArrives()
    {
        await using var store = await TestStore.CreateAsync();
        await store.ImportAsync(TestArticles.Story(related: [TestArticles.Latest("Trump’s lawyer — “Fraud” claims fall flat", "Unrelated")]), "seed.txt");
        var teaser = await store.WithDbAsync(db => db.Teasers.SingleAsync(t => t.Position == 1, Token));
        Assert.Null(teaser.TargetArticleId);

        var target = await store.ImportAsync(TestArticles.Story(headline: "TRUMP'S LAWYER - \"FRAUD\"   CLAIMS FALL FLAT.", publishedOn: new DateOnly(2020, 11, 22)), "lawyer.txt");

        var linked = await store.WithDbAsync(db => db.Teasers.SingleAsync(t => t.Position == 1, Token));
        Assert.Equal(target.ArticleId, linked.TargetArticleId);
        Assert.Null(await store.WithDbAsync(db => db.Teasers.Where(t => t.Position == 2).Select(t => t.TargetArticleId).SingleAsync(Token)));
    }

    [Fact]
    public async Task Import_TeaserAfterItsArticle_LinksAtOnce()
    {
        await using var store = await TestStore.CreateAsync();
        var target = await store.ImportAsync(TestArticles.Story(headline: "Trump's lawyer: 'Fraud' claims fall flat", publishedOn: new DateOnly(2020, 11, 22)), "lawyer.txt");

        await store.ImportAsync(TestArticles.Story(related: [TestArticles.Latest("Trump’s Lawyer – ‘Fraud’ Claims Fall Flat")]), "seed.txt");

        var teaser = await store.WithDbAsync(db => db.Teasers.Include(t => t.TargetArticle).SingleAsync(Token));
        Assert.Equal(target.ArticleId, teaser.TargetArticleId);
        Assert.Equal(target.Slug, teaser.TargetArticle!.Slug);
    }

    [Fact]
    public async Task Import_TeasersWithTheSameTitleInTwoArticles_ShareOneStorySlug()
    {
        await using var store = await TestStore.CreateAsync();
        await store.ImportAsync(TestArticles.Story(headline: "One", related: [TestArticles.Latest("Virus cases climb")]), "one.txt");
        await store.ImportAsync(TestArticles.Story(headline: "Two", related: [TestArticles.Latest("Virus Cases Climb!")]), "two.txt");

        var slugs = await store.WithDbAsync(db => db.Teasers.Select(t => t.StorySlug).ToListAsync(Token));
        Assert.Equal(["virus-cases-climb", "virus-cases-climb"], slugs);
    }

    [Fact]
    public async Task Import_FailedEntry_RecordsTheFileWithItsReason()
    {
        await using var store = await TestStore.CreateAsync();
        await using var scope = store.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();

        var outcome = await importer.ImportAsync(
            ImportEntry.Failed(new SourceFile("/x/empty.txt", 0, ""), "the file is empty", store.Clock.GetUtcNow().UtcDateTime),
            Token);

        Assert.Equal(IngestOutcome.Failed, outcome.Outcome);
        var file = await store.WithDbAsync(db => db.IngestedFiles.SingleAsync(Token));
        Assert.Equal("/x/empty.txt", file.Path);
        Assert.Equal(IngestOutcome.Failed, file.Outcome);
        Assert.Equal("the file is empty", file.Error);
        Assert.Null(file.ArticleId);
        Assert.Equal(0, await store.WithDbAsync(db => db.Articles.CountAsync(Token)));
    }

    [Fact]
    public async Task Import_BatchOfArticles_SharesPhotographersTopicsAndPlaces()
    {
        await using var store = await TestStore.CreateAsync();
        var outcomes = await store.ImportAsync(
        [
            (TestArticles.Story(headline: "First"), "1.txt"),
            (TestArticles.Story(headline: "Second", dateline: new Dateline("TBILISI/MOSCOW (AP) —", ["TBILISI", "MOSCOW"], "AP")), "2.txt"),
        ]);

        Assert.All(outcomes, o => Assert.Equal(IngestOutcome.Ingested, o.Outcome));
        Assert.Equal(1, await store.WithDbAsync(db => db.Photographers.CountAsync(Token)));
        Assert.Equal(["Moscow", "Tbilisi"], await store.WithDbAsync(db => db.Places.OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(Token)));
        Assert.Equal(2, await store.WithDbAsync(db => db.Topics.CountAsync(Token)));
        Assert.Equal(2, await store.WithDbAsync(db => db.Places.Where(p => p.Slug == "moscow").SelectMany(p => p.Articles).CountAsync(Token)));
    }

    [Fact]
    public async Task Import_BatchWithAnArticleTheStoreRefuses_RollsBackThatArticleWhollyAndKeepsTheOthers()
    {
        await using var store = await TestStore.CreateAsync();
        var refused = TestArticles.Story(
            headline: "Refused",
            photos: [TestArticles.SeedPhoto(1, "Armenia"), TestArticles.SeedPhoto(2, "Armenia") with { Caption = null! }]);

        var outcomes = await store.ImportAsync(
        [
            (TestArticles.Story(headline: "Before"), "before.txt"),
            (refused, "refused.txt"),
            (TestArticles.Story(headline: "After"), "after.txt"),
        ]);

        Assert.Equal([IngestOutcome.Ingested, IngestOutcome.Failed, IngestOutcome.Ingested], outcomes.Select(o => o.Outcome));
        Assert.StartsWith("the article could not be stored", outcomes[1].Error, StringComparison.Ordinal);
        Assert.Equal(["After", "Before"], await store.WithDbAsync(db => db.Articles.OrderBy(a => a.Headline).Select(a => a.Headline).ToListAsync(Token)));
        Assert.Equal(4, await store.WithDbAsync(db => db.Photos.CountAsync(Token)));
        var file = await store.WithDbAsync(db => db.IngestedFiles.SingleAsync(f => f.Path.EndsWith("refused.txt"), Token));
        Assert.Equal(IngestOutcome.Failed, file.Outcome);
        Assert.Null(file.ArticleId);
        Assert.Null(outcomes[1].Bug);
    }

    [Fact]
    public async Task Import_BatchWithAnArticleThatTripsABug_FailsThatArticleAsABugAndKeepsTheOthers()
    {
        await using var store = await TestStore.CreateAsync();

        // A headline-less article breaks the parser's contract: storing it throws outside SQLite.
        var outcomes = await store.ImportAsync(
        [
            (TestArticles.Story(headline: "Before"), "before.txt"),
            (TestArticles.Story(headline: null!), "broken.txt"),
            (TestArticles.Story(headline: "After"), "after.txt"),
        ]);

        Assert.Equal([IngestOutcome.Ingested, IngestOutcome.Failed, IngestOutcome.Ingested], outcomes.Select(o => o.Outcome));
        Assert.IsType<ArgumentNullException>(outcomes[1].Bug);
        Assert.StartsWith("NewsReader failed while storing this file (ArgumentNullException", outcomes[1].Error, StringComparison.Ordinal);
        Assert.Equal(["After", "Before"], await store.WithDbAsync(db => db.Articles.OrderBy(a => a.Headline).Select(a => a.Headline).ToListAsync(Token)));
        var file = await store.WithDbAsync(db => db.IngestedFiles.SingleAsync(f => f.Path.EndsWith("broken.txt"), Token));
        Assert.Equal(IngestOutcome.Failed, file.Outcome);
        Assert.Equal(outcomes[1].Error, file.Error);
    }

    [Fact]
    public async Task Import_StoreFullMidBatch_EndsTheWholeBatchRatherThanFailingOneFile()
    {
        await using var store = await TestStore.CreateAsync();
        var longParagraphs = Enumerable.Range(1, 400).Select(i => $"Paragraph {i}: " + new string('x', 1_000)).ToArray();
        string[] headlines = ["Before", "Too big", "After"];
        var entries = headlines.Select(headline => ImportEntry.Parsed(
                new SourceFile(Path.Combine(store.Root, headline + ".txt"), 100, "hash-" + headline),
                TestArticles.Story(headline: headline, paragraphs: headline == "Too big" ? longParagraphs : null),
                store.Clock.GetUtcNow().UtcDateTime))
            .ToList();

        var failure = await Assert.ThrowsAsync<SqliteException>(async () =>
        {
            await using var scope = store.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            await db.Database.OpenConnectionAsync(Token);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            using (var command = connection.CreateCommand())
            {
                // The importer writes through this connection: cap the file a little above its current size.
                command.CommandText = "SELECT page_count FROM pragma_page_count()";
                var pages = (long)(await command.ExecuteScalarAsync(Token))!;
                command.CommandText = $"PRAGMA max_page_count = {pages + 20}";
                await command.ExecuteNonQueryAsync(Token);
            }

            await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(entries, Token);
        });

        Assert.Equal(13, failure.SqliteErrorCode);
        Assert.Equal(0, await store.WithDbAsync(db => db.Articles.CountAsync(Token)));
    }
}
