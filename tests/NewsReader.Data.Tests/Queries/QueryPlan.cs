using Microsoft.EntityFrameworkCore;

namespace NewsReader.Data.Tests.Queries;

/// <summary>What SQLite says it will do for the SQL EF generates: the detail lines of EXPLAIN QUERY PLAN.</summary>
internal static class QueryPlan
{
    public static async Task<IReadOnlyList<string>> OfAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await command.Connection!.OpenAsync(cancellationToken);
        try
        {
            var details = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
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
