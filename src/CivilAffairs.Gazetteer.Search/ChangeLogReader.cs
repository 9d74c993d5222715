using CivilAffairs.Gazetteer.Data.Changes;
using Npgsql;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>Reads change_log for the index: what changed after a sequence number, and where the log ends.</summary>
internal sealed class ChangeLogReader(NpgsqlDataSource dataSource)
{
    private readonly ChangeFeed feed = new(dataSource);

    /// <summary>The next entries after <paramref name="seq"/>, through the change feed's own reader (the same sequence clients see).</summary>
    public async Task<IReadOnlyList<ChangeLogEntry>> ReadAfterAsync(long seq, int limit, CancellationToken cancellationToken) =>
        (await feed.ReadAsync(seq, limit, withImages: false, cancellationToken))
            .Select(c => new ChangeLogEntry(c.Seq, c.Entity, c.EntityId, c.Op)).ToList();

    /// <summary>The last sequence number written, 0 for an empty log.</summary>
    public Task<long> LastSeqAsync(CancellationToken cancellationToken) => feed.LastSeqAsync(cancellationToken);

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
