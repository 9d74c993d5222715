using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Bulk loading without row-by-row upkeep: drops the secondary indexes of the loaded tables (GIN
/// trigram, GiST, B-tree; not those behind primary keys and constraints, except for the tables named
/// keyed, whose unreferenced keys go too) and their foreign keys, and after the COPYs builds the keys
/// and indexes again from their saved definitions, each in one pass,
/// then adds the foreign keys back, each checked in one join instead of a trigger per row.
/// Everything runs on the caller's transaction, so a killed or failed load rolls back to the
/// previous tables, indexes and constraints; a unique index or a reference that no longer holds
/// fails the rebuild and with it the load. Readers of these tables wait from the drop until the commit.
/// </summary>
internal sealed class BulkLoadSchema
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly List<string> _indexes;
    private readonly List<string> _foreignKeys;

    private BulkLoadSchema(NpgsqlConnection connection, NpgsqlTransaction transaction, List<string> indexes, List<string> foreignKeys)
    {
        _connection = connection;
        _transaction = transaction;
        _indexes = indexes;
        _foreignKeys = foreignKeys;
    }

    /// <param name="keyedTables">
    /// Tables (of <paramref name="tables"/>) whose primary keys and unique constraints go too, when no foreign key refers to them:
    /// tables filled whole in one statement, such as the derived tables, whose keys build faster in one sorted pass than row by row.
    /// </param>
    public static async Task<BulkLoadSchema> DropAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> tables, IReadOnlyList<string> keyedTables,
        CancellationToken cancellationToken)
    {
        var (dropKeys, keys) = await StatementsAsync(connection, transaction, keyedTables,
            """
            SELECT format('ALTER TABLE %I.%I DROP CONSTRAINT %I', n.nspname, t.relname, k.conname),
                   format('ALTER TABLE %I.%I ADD CONSTRAINT %I %s', n.nspname, t.relname, k.conname, pg_get_constraintdef(k.oid))
            FROM pg_constraint k
            JOIN pg_class t ON t.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE k.contype IN ('p', 'u') AND n.nspname = current_schema() AND t.relname = ANY($1)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = k.conrelid)
            ORDER BY t.relname, k.conname
            """, cancellationToken);
        var (dropIndexes, indexes) = await StatementsAsync(connection, transaction, tables,
            """
            SELECT format('DROP INDEX %I.%I', n.nspname, c.relname), pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND t.relname = ANY($1)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid)
            ORDER BY t.relname, c.relname
            """, cancellationToken);
        var (dropForeignKeys, foreignKeys) = await StatementsAsync(connection, transaction, tables,
            """
            SELECT format('ALTER TABLE %I.%I DROP CONSTRAINT %I', n.nspname, t.relname, k.conname),
                   format('ALTER TABLE %I.%I ADD CONSTRAINT %I %s', n.nspname, t.relname, k.conname, pg_get_constraintdef(k.oid))
            FROM pg_constraint k
            JOIN pg_class t ON t.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE k.contype = 'f' AND n.nspname = current_schema() AND t.relname = ANY($1)
            ORDER BY t.relname, k.conname
            """, cancellationToken);
        foreach (var drop in dropIndexes.Concat(dropForeignKeys).Concat(dropKeys))
            await ExecuteAsync(connection, transaction, drop, cancellationToken);
        return new BulkLoadSchema(connection, transaction, keys.Concat(indexes).ToList(), foreignKeys);
    }

    /// <summary>Builds the dropped keys and indexes again, adds the foreign keys back (checking every row) and refreshes the planner's statistics of <paramref name="analyzed"/>.</summary>
    public async Task RestoreAsync(IReadOnlyList<string> analyzed, CancellationToken cancellationToken)
    {
        // A trigram GIN index over 400,000 names builds far faster when its pending lists fit in memory.
        await ExecuteAsync(_connection, _transaction, "SET LOCAL maintenance_work_mem = '256MB'", cancellationToken);
        foreach (var statement in _indexes.Concat(_foreignKeys))
            await ExecuteAsync(_connection, _transaction, statement, cancellationToken);
        await ExecuteAsync(_connection, _transaction, $"ANALYZE {string.Join(", ", analyzed)}", cancellationToken);
    }

    /// <summary>Pairs of (drop, re-create) statements from a catalog query over the tables.</summary>
    private static async Task<(List<string> Drops, List<string> Creates)> StatementsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> tables, string sql, CancellationToken cancellationToken)
    {
        var drops = new List<string>();
        var creates = new List<string>();
        await using var select = new NpgsqlCommand(sql, connection, transaction);
        select.Parameters.AddWithValue(tables.ToArray());
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            drops.Add(reader.GetString(0));
            creates.Add(reader.GetString(1));
        }
        return (drops, creates);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
