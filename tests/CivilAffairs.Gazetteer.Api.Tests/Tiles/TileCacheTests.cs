using CivilAffairs.Gazetteer.Api.Tiles;

namespace CivilAffairs.Gazetteer.Api.Tests.Tiles;

/// <summary>
/// Concurrent requests for a low-zoom tile that is not cached share one build; a failed build is
/// not kept, and a client that leaves does not cancel the build the others wait for.
/// </summary>
public sealed class TileCacheTests
{
    private static readonly TileAddress Low = new(8, 207, 98);

    [Fact]
    public async Task ConcurrentRequestsForAMissingTileShareOneBuildAndLaterOnesReadTheCache()
    {
        using var cache = new TileCache();
        var builds = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<byte[]> BuildAsync(CancellationToken token)
        {
            Interlocked.Increment(ref builds);
            await release.Task;
            return [1, 2, 3];
        }

        var waiting = Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetOrBuildAsync(5, Low, BuildAsync, CancellationToken.None))).ToArray();
        await Task.Delay(100);
        release.SetResult();
        var tiles = await Task.WhenAll(waiting);

        Assert.Equal(1, builds);
        Assert.All(tiles, t => Assert.Equal([1, 2, 3], t));
        Assert.Equal([1, 2, 3], await cache.GetOrBuildAsync(5, Low, BuildAsync, CancellationToken.None));
        Assert.Equal(1, builds);
        // Another data version is another tile.
        await cache.GetOrBuildAsync(6, Low, BuildAsync, CancellationToken.None);
        Assert.Equal(2, builds);
    }

    [Fact]
    public async Task AFailedBuildIsNotKeptTheNextRequestBuildsAgain()
    {
        using var cache = new TileCache();
        var builds = 0;
        Task<byte[]> FailOnceAsync(CancellationToken token) =>
            Interlocked.Increment(ref builds) == 1 ? Task.FromException<byte[]>(new TimeoutException("statement timeout")) : Task.FromResult(new byte[] { 7 });

        await Assert.ThrowsAsync<TimeoutException>(() => cache.GetOrBuildAsync(5, Low, FailOnceAsync, CancellationToken.None));
        Assert.Equal([7], await cache.GetOrBuildAsync(5, Low, FailOnceAsync, CancellationToken.None));
        Assert.Equal(2, builds);
    }

    [Fact]
    public async Task AClientThatLeavesStopsWaitingButTheSharedBuildGoesOnForTheOthers()
    {
        using var cache = new TileCache();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        CancellationToken buildToken = default;
        async Task<byte[]> BuildAsync(CancellationToken token)
        {
            buildToken = token;
            await release.Task;
            token.ThrowIfCancellationRequested();
            return [9];
        }

        using var leaving = new CancellationTokenSource();
        var first = cache.GetOrBuildAsync(5, Low, BuildAsync, leaving.Token);
        var second = cache.GetOrBuildAsync(5, Low, BuildAsync, CancellationToken.None);
        leaving.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        release.SetResult();
        Assert.Equal([9], await second);
        Assert.False(buildToken.CanBeCanceled);
    }

    [Fact]
    public async Task TilesAboveTheCachedZoomAreBuiltForEachRequestWithItsOwnCancellation()
    {
        using var cache = new TileCache();
        var builds = 0;
        using var request = new CancellationTokenSource();
        CancellationToken seen = default;
        Task<byte[]> BuildAsync(CancellationToken token)
        {
            seen = token;
            Interlocked.Increment(ref builds);
            return Task.FromResult(new byte[] { 1 });
        }

        var deep = new TileAddress(TileCache.MaxCachedZoom + 1, 1660, 790);
        await cache.GetOrBuildAsync(5, deep, BuildAsync, request.Token);
        await cache.GetOrBuildAsync(5, deep, BuildAsync, request.Token);
        Assert.Equal(2, builds);
        Assert.Equal(request.Token, seen);
    }
}
