using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Database;

/// <summary>
/// Derived tables filled once after a bulk load instead of by their triggers during it. Drops the
/// insert triggers that bulk_load_derivation (migration 090) names for the loaded tables, on the
/// caller's transaction; after the COPYs <see cref="FillAsync"/> runs each derivation's fill
/// function over the rows loaded since (ids from the table's first free id on, taken while the
/// dropped trigger's lock keeps other writers out) and creates the triggers again as they were.
/// The derivations themselves are SQL (the same functions the triggers use); this class only
/// knows when to call them. A failed or killed load rolls back triggers, rows and derived rows together.
/// Dropping a trigger locks its table against readers too, until the commit: they wait for the load
/// instead of seeing rows whose derived rows are not there yet.
/// </summary>
internal sealed class BulkLoadDerivations
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly List<Suspended> _suspended;

    private BulkLoadDerivations(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Suspended> suspended)
    {
        _connection = connection;
        _transaction = transaction;
        _suspended = suspended;
    }

    /// <summary>The derived tables whose triggers are off until <see cref="FillAsync"/>, each once.</summary>
    public IReadOnlyList<string> DerivedTables => _suspended.Select(s => s.DerivedTable).Distinct().ToList();

    public static async Task<BulkLoadDerivations> SuspendAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var found = new List<(string Source, string Trigger, string Derived, string Fill, string Definition, char Enabled)>();
        await using (var select = new NpgsqlCommand(
            """
            SELECT d.source_table, d.trigger_name, d.derived_table, d.fill::text, pg_get_triggerdef(t.oid), t.tgenabled
            FROM bulk_load_derivation d
            JOIN pg_class c ON c.relname = d.source_table AND c.relnamespace = current_schema()::regnamespace
            JOIN pg_trigger t ON t.tgrelid = c.oid AND t.tgname = d.trigger_name
            WHERE d.source_table = ANY($1) AND t.tgenabled IN ('O', 'A')
            ORDER BY d.source_table, d.derived_table, d.trigger_name
            """, connection, transaction))
        {
            select.Parameters.AddWithValue(tables.ToArray());
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                found.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetChar(5)));
        }

        foreach (var (source, trigger, _, _, _, _) in found)
            await ExecuteAsync(connection, transaction, $"DROP TRIGGER \"{trigger}\" ON \"{source}\"", cancellationToken);

        // The drops hold each table's lock until the commit, so every id from here on is this load's.
        var firstIds = new Dictionary<string, long>();
        foreach (var source in found.Select(f => f.Source).Distinct())
        {
            await using var next = new NpgsqlCommand($"SELECT coalesce(max(id), 0) + 1 FROM \"{source}\"", connection, transaction);
            firstIds[source] = (long)(await next.ExecuteScalarAsync(cancellationToken))!;
        }

        var suspended = found
            .Select(f => new Suspended(f.Source, f.Trigger, f.Derived, f.Fill, f.Definition, f.Enabled, firstIds[f.Source]))
            .ToList();
        return new BulkLoadDerivations(connection, transaction, suspended);
    }

    /// <summary>Derives the loaded rows' derived rows, one INSERT ... SELECT per derivation, and creates the triggers again.</summary>
    public async Task FillAsync(CancellationToken cancellationToken)
    {
        foreach (var derivation in _suspended)
        {
            await using var fill = new NpgsqlCommand($"SELECT {derivation.Fill}($1)", _connection, _transaction) { CommandTimeout = 0 };
            fill.Parameters.AddWithValue(derivation.FirstId);
            await fill.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var derivation in _suspended)
        {
            await ExecuteAsync(_connection, _transaction, derivation.Definition, cancellationToken);
            if (derivation.Enabled == 'A')
                await ExecuteAsync(_connection, _transaction, $"ALTER TABLE \"{derivation.Source}\" ENABLE ALWAYS TRIGGER \"{derivation.Trigger}\"", cancellationToken);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <param name="Enabled">pg_trigger.tgenabled: 'O' (fires in the usual origin mode) or 'A' (always); a trigger that would not fire ('D', 'R') is left alone.</param>
    private sealed record Suspended(string Source, string Trigger, string DerivedTable, string Fill, string Definition, char Enabled, long FirstId);
}
