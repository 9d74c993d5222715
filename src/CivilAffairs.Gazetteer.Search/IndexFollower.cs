using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Opens (or builds) the index in the background once the host has started, then follows change_log
/// until the host stops. The service answers from its first second: searches are refused with
/// <see cref="SearchIndexUnavailableException"/> (and /healthz shows the progress) until a first
/// build is done — a minute and a half on the full data — while everything else works.
/// A database that is away at start does not stop the host: the index is opened as soon as it answers.
/// </summary>
internal sealed class IndexFollower(PlaceIndex index, IOptions<SearchOptions> options, ILogger<IndexFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave the host's start at once: the first open may build for minutes.
        await Task.Yield();
        await OpenAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.FollowInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (!index.IsReady)
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

    private async Task OpenAsync(CancellationToken stoppingToken)
    {
        try
        {
            await index.OpenAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The search index could not be opened at start; retrying every {Interval}", options.Value.FollowInterval);
        }
    }
}
