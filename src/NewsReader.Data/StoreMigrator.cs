using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace NewsReader.Data;

/// <summary>
/// Applies the store's migrations so that a process killed while migrating (a power cut, a SIGKILL) never
/// leaves the store unusable. EF's SQLite migration lock is a row in <c>__EFMigrationsLock</c>: a process
/// that dies holding it leaves the row behind, and every later migration waits on it forever. So migrations
/// run only when some are pending, and only while holding an operating-system lock on a file beside the
/// database, which the system releases when its holder dies: whoever holds it is the only process migrating,
/// and any EF lock row it finds was left by a dead one.
/// </summary>
internal static partial class StoreMigrator
{
    /// <summary>How long to wait for another process's migration before giving up with a clear error.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(2);

    public static async Task MigrateAsync(NewsDbContext db, string databasePath, ILogger logger, CancellationToken cancellationToken)
    {
        if (!await HasPendingAsync(db, cancellationToken))
        {
            return;
        }

        await using var guard = await AcquireFileLockAsync(databasePath + ".migrating", cancellationToken);

        // Another process may have applied them while this one waited for the file lock.
        if (!await HasPendingAsync(db, cancellationToken))
        {
            return;
        }

        if (await ClearLeftoverLockAsync(db, cancellationToken) > 0)
        {
            LogLeftoverLockCleared(logger, databasePath);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    private static async Task<bool> HasPendingAsync(NewsDbContext db, CancellationToken cancellationToken) =>
        (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    private static async Task<FileStream> AcquireFileLockAsync(string path, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive advisory lock that the system drops with its process.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < MaxWait)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
            catch (IOException exception)
            {
                throw new IOException(
                    $"Another process has been migrating the store for over {MaxWait.TotalMinutes:0} minutes (lock file {path}).",
                    exception);
            }
        }
    }

    private static async Task<int> ClearLeftoverLockAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        var lockTables = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(cancellationToken);
        return lockTables == 0 ? 0 : await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleared a migration lock left in {Database} by a process that stopped while migrating it")]
    private static partial void LogLeftoverLockCleared(ILogger logger, string database);
}
