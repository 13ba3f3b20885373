using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsReader.Data;

/// <summary>
/// Sets the per-connection pragmas SQLite does not keep in the file: WAL lets pages read while the
/// importer writes, NORMAL sync is safe under WAL (a crash loses at most the last commits, never integrity),
/// and the busy timeout makes a second writer wait instead of failing with "database is locked".
/// The pragmas stay set on the native connection, which the pool keeps between opens, so they run once
/// per native connection rather than on every query (EF opens the connection for each one).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    internal const int BusyTimeoutMilliseconds = 30_000;

    private const string Pragmas =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";

    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            Apply(connection);
            Remember(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!IsNew(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(connection);
    }

    /// <summary>True until the pragmas have run on this native connection; another provider's connection is always new.</summary>
    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !_configured.TryGetValue(handle, out _);

    private void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _configured.AddOrUpdate(handle, handle);
        }
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
