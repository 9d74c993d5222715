using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Opens (or builds) the index when the host starts, so the service answers searches from its first
/// request, then follows change_log in the background until the host stops. A database that is away
/// at start does not stop the host: the index is opened as soon as it answers.
/// </summary>
internal sealed class IndexFollower(PlaceIndex index, IOptions<SearchOptions> options, ILogger<IndexFollower> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await index.OpenAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The host still starts (health checks, other queries); searches answer "not open yet"
            // until the background loop manages to open the index.
            logger.LogError(e, "The search index could not be opened at start; retrying every {Interval}", options.Value.FollowInterval);
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
                if (!index.IsOpen)
                    await index.OpenAsync(stoppingToken);
                while (await index.FollowAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly away (restart, failover): keep serving the index and retry.
                logger.LogWarning(e, "Following change_log failed; retrying in {Interval}", options.Value.FollowInterval);
            }
        }
    }
}
