using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Bulk loading without row-by-row index upkeep: drops the secondary indexes of the loaded tables
/// (GIN trigram, GiST, B-tree; not those behind primary keys and constraints), and after the COPYs
/// builds them again from their saved definitions, each in one pass. Everything runs on the
/// caller's transaction, so a killed or failed load rolls back to the previous tables and indexes;
/// a unique index that no longer holds fails the rebuild and with it the load. Readers of these
/// tables wait from the drop until the commit.
/// </summary>
internal sealed class BulkLoadIndexes
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly List<string> _definitions;

    private BulkLoadIndexes(NpgsqlConnection connection, NpgsqlTransaction transaction, List<string> definitions)
    {
        _connection = connection;
        _transaction = transaction;
        _definitions = definitions;
    }

    /// <summary>The number of indexes dropped and to be rebuilt.</summary>
    public int Count => _definitions.Count;

    public static async Task<BulkLoadIndexes> DropAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        var definitions = new List<string>();
        await using (var select = new NpgsqlCommand(
            """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND t.relname = ANY($1)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid)
            ORDER BY t.relname, c.relname
            """, connection, transaction))
        {
            select.Parameters.AddWithValue(tables.ToArray());
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
                definitions.Add(reader.GetString(1));
            }
        }
        if (names.Count > 0)
            await ExecuteAsync(connection, transaction, $"DROP INDEX {string.Join(", ", names)}", cancellationToken);
        return new BulkLoadIndexes(connection, transaction, definitions);
    }

    /// <summary>Builds the dropped indexes again and refreshes the planner's statistics of the tables.</summary>
    public async Task RebuildAsync(IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        // A trigram GIN index over 400,000 names builds far faster when its pending lists fit in memory.
        await ExecuteAsync(_connection, _transaction, "SET LOCAL maintenance_work_mem = '256MB'", cancellationToken);
        foreach (var definition in _definitions)
            await ExecuteAsync(_connection, _transaction, definition, cancellationToken);
        await ExecuteAsync(_connection, _transaction, $"ANALYZE {string.Join(", ", tables)}", cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
