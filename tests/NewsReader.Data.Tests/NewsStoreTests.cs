using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsReader.Tests.Shared;

namespace NewsReader.Data.Tests;

public sealed class NewsStoreTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Initialize_FreshDataFolder_CreatesFoldersAndAppliesMigrations()
    {
        await using var store = await TestStore.CreateAsync(migrate: false);

        await store.Services.InitializeNewsStoreAsync(Token);

        foreach (var folder in new[] { "inbox", "archive", "failed", "media" })
        {
            Assert.True(Directory.Exists(Path.Combine(store.Root, "data", folder)), folder);
        }

        Assert.True(File.Exists(store.DatabasePath));
        var pending = await store.WithDbAsync(db => db.Database.GetPendingMigrationsAsync(Token));
        Assert.Empty(pending);
    }

    [Fact]
    public async Task Connection_FromTheContext_UsesWalForeignKeysAndABusyTimeout()
    {
        await using var store = await TestStore.CreateAsync();

        var (journal, foreignKeys, busy) = await store.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync(Token);
            return (
                await Scalar(db, "PRAGMA journal_mode"),
                await Scalar(db, "PRAGMA foreign_keys"),
                await Scalar(db, "PRAGMA busy_timeout"));
        });

        Assert.Equal("wal", journal);
        Assert.Equal("1", foreignKeys);
        Assert.Equal("30000", busy);
    }

    [Fact]
    public async Task Connection_ReopenedFromThePool_KeepsItsPragmasWithoutSettingThemAgain()
    {
        await using var store = await TestStore.CreateAsync();

        var (synchronous, busy) = await store.WithDbAsync(async db =>
        {
            await db.Articles.AnyAsync(Token);
            await db.Database.OpenConnectionAsync(Token);
            var first = (await Scalar(db, "PRAGMA synchronous"), await Scalar(db, "PRAGMA busy_timeout"));
            Assert.Equal(("1", "30000"), first);

            // Other tests' stores clear every connection pool when they are disposed, which may happen while this one
            // waits for its connection: then the marked connection is gone, and the round starts over.
            for (var round = 0; round < 5; round++)
            {
                // A marker value that would be overwritten if the pragmas ran on every open.
                await Scalar(db, "PRAGMA busy_timeout = 29999");
                var native = ((SqliteConnection)db.Database.GetDbConnection()).Handle;

                // The pool may hand out another idle native connection (or prune this one); reopen until it gives this one back.
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    await db.Database.CloseConnectionAsync();
                    await db.Database.OpenConnectionAsync(Token);
                    if (((SqliteConnection)db.Database.GetDbConnection()).Handle == native)
                    {
                        return (await Scalar(db, "PRAGMA synchronous"), await Scalar(db, "PRAGMA busy_timeout"));
                    }
                }
            }

            return ("the pool never gave the native connection back", "");
        });

        Assert.Equal("1", synchronous);
        Assert.Equal("29999", busy);
    }

    [Fact]
    public async Task Initialize_EmptyStore_IngestsEveryFileInSamplesOnce()
    {
        await using var store = await TestStore.CreateAsync(migrate: false);
        var samples = Path.Combine(store.Root, "samples");
        Directory.CreateDirectory(samples);
        File.Copy(TestCorpus.SeedStoryPath, Path.Combine(samples, "seed.txt"));
        SeedVariants.Write(samples, 1);

        await store.Services.InitializeNewsStoreAsync(Token);
        await store.Services.InitializeNewsStoreAsync(Token);

        var headlines = await store.WithDbAsync(db => db.Articles.OrderBy(a => a.Headline).Select(a => a.Headline).ToListAsync(Token));
        Assert.Equal(["Azerbaijani leader: Cease-fire may improve Armenia relations", SeedVariants.Headline(0)], headlines);
        Assert.Equal(2, await store.WithDbAsync(db => db.IngestedFiles.CountAsync(Token)));
        Assert.Equal(10, await store.WithDbAsync(db => db.Photos.CountAsync(Token)));
    }

    private static async Task<string> Scalar(NewsDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(Token), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
