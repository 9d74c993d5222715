using CivilAffairs.Gazetteer.Api.Hosting;
using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Search;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Health;

internal static class HealthEndpoints
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// /healthz: 200 when the database (and the read replica, when one is configured) answers and
    /// holds every migration this build knows (ready to serve), 503 otherwise, with the reason in the
    /// body; and the state of the search index (search and autocomplete are refused with UNAVAILABLE
    /// while a first build runs).
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (NpgsqlDataSource primary, ReplicaDataSource replica, PlaceIndex index, CancellationToken requestAborted) =>
        {
            var database = CheckAsync(primary, requestAborted);
            var replicaHealth = replica.DataSource is { } source ? CheckAsync(source, requestAborted) : Task.FromResult<DatabaseHealth?>(null);
            var report = Report((await database)!, await replicaHealth, index.Status);
            return Results.Json(report, statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }

    private static HealthReport Report(DatabaseHealth database, DatabaseHealth? replica, SearchIndexStatus search)
    {
        var ready = database.Ready && replica?.Ready != false;
        var status = !ready ? "unavailable" : search.IsReady ? "healthy" : "degraded";
        return new HealthReport(status, database, replica, ready, search);
    }

    private static async Task<DatabaseHealth?> CheckAsync(NpgsqlDataSource dataSource, CancellationToken requestAborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(timeout.Token);
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM schema_migration WHERE name = ANY($1)", connection);
            command.Parameters.AddWithValue(Migrator.All.Select(m => m.Name).ToArray());
            var applied = Convert.ToInt32(await command.ExecuteScalarAsync(timeout.Token));
            var missing = Migrator.All.Count - applied;
            return missing == 0
                ? new DatabaseHealth(true, null)
                : new DatabaseHealth(true, $"{missing} migration(s) not applied: run gazetteer migrate.");
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            if (requestAborted.IsCancellationRequested)
                throw;
            // Dead pooled connections after a restart would fail the next requests one by one.
            dataSource.Clear();
            var reason = exception is OperationCanceledException
                ? $"no answer within {Timeout.TotalSeconds:0} s"
                : exception is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable }
                    ? "the schema is not migrated: run gazetteer migrate."
                    : "unreachable: " + exception.Message;
            return new DatabaseHealth(false, reason);
        }
    }
}
