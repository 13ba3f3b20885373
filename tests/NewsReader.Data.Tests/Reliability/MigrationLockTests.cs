using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsReader.Data.Tests.Reliability;

/// <summary>
/// A process killed while it held EF's migration lock leaves a row in <c>__EFMigrationsLock</c>; the store must
/// still open, migrate and clear the row, rather than wait on it forever.
/// </summary>
public sealed class MigrationLockTests
{
    // A store that hangs fails here rather than holding the run until its timeout.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_UpToDateStoreWithALeftoverLock_OpensWithoutWaiting()
    {
        await using var store = await TestStore.CreateAsync();
        await store.WithDbAsync(db => LeaveLockAsync(db));

        await store.Services.MigrateNewsStoreAsync(Token).WaitAsync(Patience, Token);

        Assert.Empty(await store.WithDbAsync(db => db.Database.GetPendingMigrationsAsync(Token)));
    }

    [Fact]
    public async Task Migrate_HalfMigratedStoreWithALeftoverLock_AppliesTheRestAndClearsTheLock()
    {
        await using var store = await TestStore.CreateAsync(migrate: false);
        Directory.CreateDirectory(Path.GetDirectoryName(store.DatabasePath)!);
        var first = await store.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().First()));
        await store.WithDbAsync(async db =>
        {
            await db.GetService<IMigrator>().MigrateAsync(first, Token);
            return await LeaveLockAsync(db);
        });
        Assert.NotEmpty(await store.WithDbAsync(db => db.Database.GetPendingMigrationsAsync(Token)));

        await store.Services.MigrateNewsStoreAsync(Token).WaitAsync(Patience, Token);

        Assert.Empty(await store.WithDbAsync(db => db.Database.GetPendingMigrationsAsync(Token)));
        var locks = await store.WithDbAsync(db =>
            db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsLock\"").SingleAsync(Token));
        Assert.Equal(0, locks);
    }

    /// <summary>What a process killed inside Migrate leaves behind.</summary>
    private static Task<int> LeaveLockAsync(NewsDbContext db) =>
        db.Database.ExecuteSqlRawAsync(
            """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT OR IGNORE INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-27 05:00:00+00:00');
            """,
            Token);
}
