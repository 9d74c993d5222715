using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Audit;

/// <summary>Reads of change_log for auditors: one record's history, and the log filtered by entity, actor and time (keyset on seq).</summary>
internal sealed class AuditQueries(NpgsqlDataSource dataSource)
{
    private const string Columns = "seq, at, entity, entity_id, op, actor, before::text, after::text, reason";
    private const string Where =
        "(@entity = '' OR entity = @entity) AND (@entity_id = '' OR entity_id = @entity_id) AND (@actor = '' OR actor = @actor) " +
        "AND (@since::timestamptz IS NULL OR at >= @since::timestamptz) AND (@until::timestamptz IS NULL OR at < @until::timestamptz)";

    public async Task<(IReadOnlyList<AuditEntry> Items, bool HasMore, int Total)> PageAsync(AuditFilter filter, int first, long? after, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var page = new NpgsqlCommand($"SELECT {Columns} FROM change_log WHERE {Where} AND seq > @after ORDER BY seq LIMIT @limit", connection);
        Bind(page, filter);
        page.Parameters.AddWithValue("after", after ?? 0);
        page.Parameters.AddWithValue("limit", first + 1);
        var items = new List<AuditEntry>();
        await using (var reader = await page.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                items.Add(new AuditEntry(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                    reader.IsDBNull(8) ? null : reader.GetString(8)));
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM change_log WHERE {Where}", connection);
        Bind(count, filter);
        var total = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;
        return (items.Take(first).ToList(), items.Count > first, total);
    }

    private static void Bind(NpgsqlCommand command, AuditFilter filter)
    {
        command.Parameters.AddWithValue("entity", filter.Entity ?? "");
        command.Parameters.AddWithValue("entity_id", filter.EntityId ?? "");
        command.Parameters.AddWithValue("actor", filter.Actor ?? "");
        command.Parameters.Add(new NpgsqlParameter("since", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)filter.Since?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("until", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)filter.Until?.ToUniversalTime() ?? DBNull.Value });
    }
}
