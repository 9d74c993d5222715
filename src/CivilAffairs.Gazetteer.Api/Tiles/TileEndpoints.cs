using System.Globalization;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using Microsoft.Net.Http.Headers;

namespace CivilAffairs.Gazetteer.Api.Tiles;

internal static class TileEndpoints
{
    public const string MediaType = "application/vnd.mapbox-vector-tile";

    /// <summary>Browsers and map clients may reuse a tile this long, then revalidate it with its ETag (304 when unchanged).</summary>
    private const string CacheControl = "public, max-age=60";

    /// <summary>Outside Shanxi nothing is ever drawn: those tiles are cached for a day.</summary>
    private const string EmptyCacheControl = "public, max-age=86400";

    /// <summary>Bumped when the layers change shape, so caches do not mix tiles of two layouts.</summary>
    private const string LayoutVersion = "2";

    public static IServiceCollection AddGazetteerTiles(this IServiceCollection services) => services.AddSingleton<TileQueries>().AddSingleton<TileCache>().AddSingleton<TileCoverageSource>();

    /// <summary>/tiles/{z}/{x}/{y}.mvt (Mapbox Vector Tile) and /tiles.json (TileJSON 3.0).</summary>
    public static IEndpointRouteBuilder MapTiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/tiles/{z}/{x}/{y}.mvt", ServeTileAsync);
        endpoints.MapGet("/tiles.json", (HttpContext http) => Results.Json(TileJson.For(http.Request)));
        return endpoints;
    }

    private static async Task ServeTileAsync(HttpContext http, string z, string x, string y, TileQueries tiles, TileCache cache, TileCoverageSource coverage)
    {
        if (!TileAddress.TryParse(z, x, y, out var tile, out var problem))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsJsonAsync(new { error = new { code = ErrorCodes.BadUserInput, message = problem } }, http.RequestAborted);
            return;
        }

        // Outside the province's box: no query, an empty tile whose ETag never changes.
        if (!ServiceExtent.Touches(tile))
        {
            await AnswerAsync(http, $"\"empty-{LayoutVersion}\"", EmptyCacheControl, () => Task.FromResult(Array.Empty<byte>()));
            return;
        }
        // A deep tile that may hold features, asked for the first time (no revalidation): the data version
        // and the tile come back from one statement, one round trip, one snapshot.
        if (tile.Z > TileCache.MaxCachedZoom && http.Request.Headers.IfNoneMatch.Count == 0 && coverage.Latest?.MayHoldFeatures(tile) != false)
        {
            var (builtAt, bytes) = await tiles.VersionedTileAsync(tile, http.RequestAborted);
            coverage.At(builtAt);
            await AnswerAsync(http, ETagOf(builtAt), CacheControl, () => Task.FromResult(bytes));
            return;
        }
        var version = await tiles.DataVersionAsync(http.RequestAborted);
        // Inside the box but outside the province (and away from every point): empty, without PostGIS.
        if (coverage.At(version)?.MayHoldFeatures(tile) == false)
        {
            await AnswerAsync(http, ETagOf(version), CacheControl, () => Task.FromResult(Array.Empty<byte>()));
            return;
        }
        await AnswerAsync(http, ETagOf(version), CacheControl, () => cache.GetOrBuildAsync(version, tile, token => tiles.TileAsync(tile, token), http.RequestAborted));
    }

    private static string ETagOf(long version) => $"\"{LayoutVersion}-{version.ToString(CultureInfo.InvariantCulture)}\"";

    private static async Task AnswerAsync(HttpContext http, string etag, string cacheControl, Func<Task<byte[]>> build)
    {
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = cacheControl;
        headers.AccessControlAllowOrigin = "*";
        if (Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        var bytes = await build();
        http.Response.ContentType = MediaType;
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0) return false;
        var tags = EntityTagHeaderValue.TryParseList(ifNoneMatch, out var parsed) ? parsed : [];
        return tags.Any(t => t.Tag == "*" || t.Tag.Equals(etag, StringComparison.Ordinal));
    }
}
