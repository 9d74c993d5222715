using CivilAffairs.Gazetteer.Testing;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Tests;

/// <summary>
/// The bulk loads (real import, sample) fill the trigger-kept tables once after their COPYs, with
/// their triggers dropped meanwhile (migration 090). The test database was loaded that way; here
/// every division, place and POI is written again through the triggers, in one statement per
/// table as a COPY would, and the derived tables must come out row for row the same.
/// </summary>
public sealed class BulkLoadDerivationTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    private static readonly string[] Sources = ["division", "place", "poi"];

    [Fact]
    public async Task TheDerivedTablesOfTheBulkLoadsAreWhatTheirTriggersMakeOfTheSameRows()
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var derived = await ListAsync(connection, transaction, "SELECT DISTINCT derived_table FROM bulk_load_derivation ORDER BY 1");
        Assert.Equal(["division_boundary_part", "place_cell", "place_part", "tile_boundary", "tile_point"], derived);

        // What the bulk loads left, with every table holding rows of the real import and of the sample.
        foreach (var table in derived)
            await ExecuteAsync(connection, transaction, $"CREATE TEMP TABLE bulk_{table} AS SELECT t::text AS line FROM {table} t");
        Assert.True(await ScalarAsync(connection, transaction, "SELECT count(*) FROM place_cell c JOIN place p ON p.id = c.place_id WHERE p.provenance = 'sample'") > 1_000);
        Assert.True(await ScalarAsync(connection, transaction, "SELECT count(*) FROM tile_point t JOIN place p ON p.id = t.id AND t.layer <> 'pois' WHERE p.provenance = 'sample'") > 1_000);
        Assert.True(await ScalarAsync(connection, transaction, "SELECT count(*) FROM place_part t JOIN place p ON p.id = t.place_id WHERE p.provenance = 'sample'") > 100);
        Assert.True(await ScalarAsync(connection, transaction, "SELECT count(*) FROM tile_point WHERE layer = 'pois'") > 100);
        Assert.True(await ScalarAsync(connection, transaction, "SELECT count(*) FROM tile_boundary") >= 117 * 11);
        Assert.True(await ScalarAsync(connection, transaction, "SELECT count(*) FROM division_boundary_part") >= 117);

        // Take the rows out without firing anything (replica mode skips the triggers and the
        // foreign-key checks), empty the derived tables, then insert the same rows back with the triggers on.
        await ExecuteAsync(connection, transaction, "SET LOCAL session_replication_role = replica");
        foreach (var source in Sources)
            await ExecuteAsync(connection, transaction, $"CREATE TEMP TABLE kept_{source} AS SELECT * FROM {source}; DELETE FROM {source}");
        await ExecuteAsync(connection, transaction, $"TRUNCATE {string.Join(", ", derived)}");
        await ExecuteAsync(connection, transaction, "SET LOCAL session_replication_role = origin");
        foreach (var source in Sources)
        {
            var columns = string.Join(", ", await ListAsync(connection, transaction,
                $"SELECT quote_ident(column_name) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{source}' AND is_generated = 'NEVER' ORDER BY ordinal_position"));
            await ExecuteAsync(connection, transaction, $"INSERT INTO {source} ({columns}) OVERRIDING SYSTEM VALUE SELECT {columns} FROM kept_{source} ORDER BY id");
        }

        foreach (var table in derived)
        {
            var bulk = await ScalarAsync(connection, transaction, $"SELECT count(*) FROM bulk_{table}");
            var onlyBulk = await ListAsync(connection, transaction,
                $"SELECT line FROM (SELECT line FROM bulk_{table} EXCEPT ALL SELECT t::text FROM {table} t) d ORDER BY line LIMIT 3");
            var onlyTriggers = await ListAsync(connection, transaction,
                $"SELECT line FROM (SELECT t::text AS line FROM {table} t EXCEPT ALL SELECT line FROM bulk_{table}) d ORDER BY line LIMIT 3");
            Assert.True(bulk > 0, $"{table} is empty after the bulk loads");
            Assert.True(onlyBulk.Count == 0, $"{table}: rows of the bulk load the triggers do not make: {string.Join(" | ", onlyBulk)}");
            Assert.True(onlyTriggers.Count == 0, $"{table}: rows the triggers make that the bulk load lacks: {string.Join(" | ", onlyTriggers)}");
        }
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task EveryTriggerABulkLoadDroppedIsBackAndEnabled()
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var missing = await ListAsync(connection, null,
            """
            SELECT d.source_table || '.' || d.trigger_name FROM bulk_load_derivation d
            WHERE NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = d.source_table::regclass AND t.tgname = d.trigger_name AND t.tgenabled = 'O')
            ORDER BY 1
            """);
        Assert.Empty(missing);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        var list = new List<string>();
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            list.Add(reader.GetString(0));
        return list;
    }
}
