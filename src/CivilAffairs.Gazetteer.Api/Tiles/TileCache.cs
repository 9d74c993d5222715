using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace CivilAffairs.Gazetteer.Api.Tiles;

/// <summary>
/// Keeps the built low-zoom tiles in memory: there are few of them (a few hundred over Shanxi up to
/// zoom <see cref="MaxCachedZoom"/>) and each simplifies county polygons over a large area, the
/// costliest tiles to build. Keyed by the data version, so a write makes every entry stale at once.
/// Requests for a tile being built wait for that build instead of starting their own: after a
/// write, a map's clients all ask for the same few tiles at once.
/// </summary>
internal sealed class TileCache : IDisposable
{
    public const int MaxCachedZoom = 10;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 64 * 1024 * 1024 });
    private readonly ConcurrentDictionary<(long Version, TileAddress Tile), Lazy<Task<byte[]>>> building = new();

    /// <param name="build">builds the tile; a shared build runs to its end even when the client that started it leaves, as the tile is kept for everyone</param>
    /// <param name="cancellationToken">stops this request's wait, not a build others share</param>
    public async Task<byte[]> GetOrBuildAsync(long version, TileAddress tile, Func<CancellationToken, Task<byte[]>> build, CancellationToken cancellationToken)
    {
        if (tile.Z > MaxCachedZoom) return await build(cancellationToken);
        var key = (version, tile);
        if (cache.TryGetValue(key, out byte[]? bytes)) return bytes!;
        var mine = new Lazy<Task<byte[]>>(() => BuildAndKeepAsync(key, build));
        var shared = building.GetOrAdd(key, mine);
        // Whoever added the build removes it when it ends, failed or not, so a failure is not kept.
        if (ReferenceEquals(shared, mine))
            _ = mine.Value.ContinueWith(_ => building.TryRemove(KeyValuePair.Create(key, mine)), CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return await shared.Value.WaitAsync(cancellationToken);
    }

    private async Task<byte[]> BuildAndKeepAsync((long Version, TileAddress Tile) key, Func<CancellationToken, Task<byte[]>> build)
    {
        var bytes = await build(CancellationToken.None);
        cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = Math.Max(bytes.Length, 1), SlidingExpiration = TimeSpan.FromMinutes(30) });
        return bytes;
    }

    public void Dispose() => cache.Dispose();
}
