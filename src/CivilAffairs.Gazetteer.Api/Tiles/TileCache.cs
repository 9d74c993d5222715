using Microsoft.Extensions.Caching.Memory;

namespace CivilAffairs.Gazetteer.Api.Tiles;

/// <summary>
/// Keeps the built low-zoom tiles in memory: there are few of them (a few hundred over Shanxi up to
/// zoom <see cref="MaxCachedZoom"/>) and each simplifies county polygons over a large area, the
/// costliest tiles to build. Keyed by the data version, so a write makes every entry stale at once.
/// </summary>
internal sealed class TileCache : IDisposable
{
    public const int MaxCachedZoom = 10;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 64 * 1024 * 1024 });

    public async Task<byte[]> GetOrBuildAsync(long version, TileAddress tile, Func<Task<byte[]>> build)
    {
        if (tile.Z > MaxCachedZoom) return await build();
        var key = (version, tile);
        if (cache.TryGetValue(key, out byte[]? bytes)) return bytes!;
        bytes = await build();
        cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = Math.Max(bytes.Length, 1), SlidingExpiration = TimeSpan.FromMinutes(30) });
        return bytes;
    }

    public void Dispose() => cache.Dispose();
}
