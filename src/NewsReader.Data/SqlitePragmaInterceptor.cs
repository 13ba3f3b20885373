using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsReader.Data;

/// <summary>
/// Sets the per-connection pragmas SQLite does not keep in the file: WAL lets pages read while the
/// importer writes, NORMAL sync is safe under WAL (a crash loses at most the last commits, never integrity),
/// and the busy timeout makes a second writer wait instead of failing with "database is locked".
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    internal const int BusyTimeoutMilliseconds = 30_000;

    private const string Pragmas =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
