using CivilAffairs.Gazetteer.Data.Changes;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Writes;

/// <summary>
/// Appends the audit trail of a write (change_log) inside the write's own transaction, so the row
/// and its log entry commit together or not at all. Append last, just before commit: the first
/// change_log row takes the log's turn lock until the transaction ends (migration 030). Every write path of the registry goes through
/// here. The search index follows entity 'place' (and 'place_former_name', 'poi') rows by id;
/// the public change feed reads before/after. Rows are snapshotted as JSON with geometries as
/// GeoJSON (PostGIS's json cast).
/// </summary>
public static class ChangeLogWriter
{
    /// <summary>The tables whose rows are logged, by entity name; the name is never taken from input.</summary>
    private static readonly HashSet<string> Tables = ["place", "place_former_name", "proposal", "poi"];

    /// <summary>The row as JSON (null when there is none): the "before" of an update, read before changing it.</summary>
    public static async Task<string?> SnapshotAsync(NpgsqlConnection connection, string entity, long id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT to_jsonb(t)::text FROM {Image(entity)} t", connection);
        command.Parameters.AddWithValue(id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>
    /// Appends one entry; "after" is the row as it stands now in this transaction (null after nothing);
    /// <paramref name="reason"/> is why, when the writer had to say (a direct retirement).
    /// </summary>
    public static async Task<long> AppendAsync(
        NpgsqlConnection connection, string entity, long id, ChangeOp op, string actor, string? before, CancellationToken cancellationToken,
        string? reason = null)
    {
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO change_log (entity, entity_id, op, actor, before, after, reason)
            VALUES ($1, $2, $3, $4, $5::jsonb, (SELECT to_jsonb(t) FROM {Image(entity, 6)} t), $7)
            RETURNING seq
            """, connection);
        command.Parameters.AddWithValue(entity);
        command.Parameters.AddWithValue(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue(op.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue(actor);
        command.Parameters.AddWithValue(before is null ? DBNull.Value : before);
        command.Parameters.AddWithValue(id);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)reason ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The row source of one row ($n is its id): a place as the change feed writes it everywhere (<see cref="PlaceImage"/>).</summary>
    private static string Image(string entity, int parameter = 0) => entity switch
    {
        "place" => $"(SELECT {PlaceImage.Columns} FROM place WHERE id = ${(parameter == 0 ? 1 : parameter)})",
        _ when Tables.Contains(entity) => $"(SELECT * FROM {entity} WHERE id = ${(parameter == 0 ? 1 : parameter)})",
        _ => throw new ArgumentException($"'{entity}' is not a logged table.", nameof(entity)),
    };
}
