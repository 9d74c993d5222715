using Npgsql;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>Reads change_log for the index: what changed after a sequence number, and where the log ends.</summary>
internal sealed class ChangeLogReader(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<ChangeLogEntry>> ReadAfterAsync(long seq, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT seq, entity, entity_id, op FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2", connection);
        command.Parameters.AddWithValue(seq);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<ChangeLogEntry>();
        while (await reader.ReadAsync(cancellationToken))
            entries.Add(new ChangeLogEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        return entries;
    }

    /// <summary>The last sequence number written, 0 for an empty log.</summary>
    public async Task<long> LastSeqAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT coalesce(max(seq), 0) FROM change_log", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Names the database the index was built from (cluster identity and database name), so an
    /// index built from another database is rebuilt instead of trusted.
    /// </summary>
    public async Task<string> SourceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT system_identifier FROM pg_control_system())::text || '/' || current_database() || '/' || " +
            "(SELECT oid FROM pg_database WHERE datname = current_database())::text", connection);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<long>> PlacesOfFormerNamesAsync(IReadOnlyCollection<long> formerNameIds, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT DISTINCT place_id FROM place_former_name WHERE id = ANY($1)", connection);
        command.Parameters.AddWithValue(formerNameIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<long>();
        while (await reader.ReadAsync(cancellationToken))
            ids.Add(reader.GetInt64(0));
        return ids;
    }
}
