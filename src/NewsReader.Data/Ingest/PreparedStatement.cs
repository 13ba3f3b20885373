using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace NewsReader.Data.Ingest;

/// <summary>A SQLite command compiled once and run many times with new values, bound in order of first appearance.</summary>
internal sealed partial class PreparedStatement : IDisposable
{
    private readonly SqliteCommand _command;

    public PreparedStatement(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        foreach (var name in ParameterName().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            _command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        _command.Prepare();
    }

    public PreparedStatement Bind(params ReadOnlySpan<object?> values)
    {
        if (values.Length != _command.Parameters.Count)
        {
            throw new ArgumentException($"Expected {_command.Parameters.Count} values, got {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return this;
    }

    public int Execute() => _command.ExecuteNonQuery();

    public long? ScalarInt64() => _command.ExecuteScalar() is long value ? value : null;

    public SqliteDataReader Read() => _command.ExecuteReader();

    public void Dispose() => _command.Dispose();

    [GeneratedRegex(@"@[A-Za-z][A-Za-z0-9]*")]
    private static partial Regex ParameterName();
}
