using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Search.Geocoding;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

/// <summary>
/// Loads the hierarchy when the host starts and reloads it whenever change_log shows a division or
/// admin-change write or an import after the last load: a cheap poll (an index range scan past the
/// last sequence seen). A database away at start does not stop the host; the load is retried.
/// </summary>
internal sealed class HierarchyFollower(
    HierarchySource source, [FromKeyedServices(GazetteerDataSource.ReadsKey)] NpgsqlDataSource dataSource, IOptions<GeocodingOptions> options, ILogger<HierarchyFollower> logger) : BackgroundService
{
    private const string ChangedSql = """
        SELECT coalesce(max(seq), $1) FROM change_log
        WHERE seq > $1 AND entity IN ('division', 'admin_change', 'import_run')
        """;

    private long loadedUpTo = -1;

    /// <summary>True once a hierarchy has been loaded; until then geocoding answers that it is not ready.</summary>
    public bool IsLoaded => Volatile.Read(ref loadedUpTo) >= 0;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ReloadAsync(await LastSeqAsync(cancellationToken), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The division hierarchy could not be loaded at start; retrying every {Interval}", options.Value.FollowInterval);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FollowInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var last = IsLoaded ? await ChangedSinceAsync(loadedUpTo, stoppingToken) : await LastSeqAsync(stoppingToken);
                if (!IsLoaded || last > loadedUpTo)
                    await ReloadAsync(last, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Following change_log for division changes failed; retrying in {Interval}", options.Value.FollowInterval);
            }
        }
    }

    /// <summary>The sequence is read before the load, so a change committed during the load is loaded again next time, never missed.</summary>
    private async Task ReloadAsync(long upTo, CancellationToken cancellationToken)
    {
        await source.ReloadAsync(cancellationToken);
        Volatile.Write(ref loadedUpTo, upTo);
        logger.LogInformation("Division hierarchy loaded: {Units} units, {Changes} admin changes (change_log up to {Seq})",
            source.Current.Divisions.Count, source.Current.Changes.Count, upTo);
    }

    private async Task<long> LastSeqAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(seq), 0) FROM change_log");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<long> ChangedSinceAsync(long seq, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ChangedSql);
        command.Parameters.AddWithValue(seq);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
