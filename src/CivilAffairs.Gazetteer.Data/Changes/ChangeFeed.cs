using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Changes;

/// <summary>
/// Reads change_log in sequence order: the one reader behind the public change feed and every
/// node's search index, so the sequence a client sees is the sequence the index follows.
/// Reading "seq after the last one seen" is safe because writers append in commit order
/// (migration 030): no row can later appear below a number already read.
/// </summary>
public sealed class ChangeFeed(NpgsqlDataSource dataSource)
{
    /// <summary>The next changes after <paramref name="afterSeq"/>, at most <paramref name="limit"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ChangeRecord>> ReadAsync(long afterSeq, int limit, bool withImages, CancellationToken cancellationToken)
    {
        var images = withImages ? "before::text, after::text" : "NULL::text, NULL::text";
        await using var command = dataSource.CreateCommand(
            $"SELECT seq, at, entity, entity_id, op, actor, {images} FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2");
        command.Parameters.AddWithValue(afterSeq);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<ChangeRecord>();
        while (await reader.ReadAsync(cancellationToken))
            changes.Add(new ChangeRecord(
                reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        return changes;
    }

    /// <summary>The last sequence number written, 0 for an empty log.</summary>
    public async Task<long> LastSeqAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(seq), 0) FROM change_log");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
