using System.Data;
using System.Text;
using CivilAffairs.Gazetteer.Api.Access;
using CivilAffairs.Gazetteer.Data.Changes;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Changes;

internal static class SnapshotEndpoints
{
    public const string MediaType = "application/x-ndjson";

    public static IServiceCollection AddGazetteerChanges(this IServiceCollection services) =>
        services.AddSingleton(s => new ChangeFeed(s.GetRequiredService<NpgsqlDataSource>()));

    /// <summary>
    /// GET /changes/snapshot: every place (current, proposed, historical and retired), one JSON object
    /// a line in the change log's image, after a first line naming the feed cursor the snapshot is
    /// valid at. A new client loads it, then applies changes(since: that cursor).
    /// </summary>
    public static IEndpointRouteBuilder MapChanges(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/changes/snapshot", WriteSnapshotAsync);
        return endpoints;
    }

    private static async Task WriteSnapshotAsync(HttpContext http, NpgsqlDataSource dataSource)
    {
        if (await ExportAllowance.RefusedAsync(http))
            return;
        var cancellationToken = http.RequestAborted;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // One snapshot for the cursor and the rows: writers append to change_log in commit order
        // (migration 030), so every change after the cursor is one the rows do not hold yet.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
            await readOnly.ExecuteNonQueryAsync(cancellationToken);
        long seq;
        await using (var last = new NpgsqlCommand("SELECT coalesce(max(seq), 0) FROM change_log", connection, transaction))
            seq = (long)(await last.ExecuteScalarAsync(cancellationToken))!;

        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = http.Response.Body;
        var header = System.Text.Json.JsonSerializer.Serialize(new { cursor = ChangeCursor.Encode(seq), seq, entity = "place", takenAt = DateTimeOffset.UtcNow });
        await body.WriteAsync(Encoding.UTF8.GetBytes(header + "\n"), cancellationToken);

        await using (var rows = new NpgsqlCommand($"SELECT to_jsonb(p)::text FROM (SELECT {PlaceImage.Columns} FROM place ORDER BY id) p", connection, transaction))
        {
            rows.CommandTimeout = 0;
            await using var reader = await rows.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            var buffer = new StringBuilder();
            while (await reader.ReadAsync(cancellationToken))
            {
                buffer.Append(reader.GetString(0)).Append('\n');
                if (buffer.Length < 64 * 1024) continue;
                await body.WriteAsync(Encoding.UTF8.GetBytes(buffer.ToString()), cancellationToken);
                buffer.Clear();
            }
            await body.WriteAsync(Encoding.UTF8.GetBytes(buffer.ToString()), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
