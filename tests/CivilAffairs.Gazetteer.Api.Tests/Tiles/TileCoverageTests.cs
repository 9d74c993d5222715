using System.Net;
using CivilAffairs.Gazetteer.Api.Tiles;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.Tests.Tiles;

/// <summary>
/// Tiles inside the box around Shanxi but outside the province are answered from the in-memory
/// coverage, without PostGIS: they must be empty, carry an ETag, and the coverage must never call
/// a tile empty that PostGIS would draw something in.
/// </summary>
public sealed class TileCoverageTests(RealDataApiFixture fixture) : IClassFixture<RealDataApiFixture>
{
    private readonly HttpClient http = fixture.Factory.CreateClient();

    // Baotou's plain in Inner Mongolia and Anyang in Henan: inside the box, outside Shanxi.
    [Theory]
    [InlineData(110.35, 40.60)]
    [InlineData(114.60, 35.90)]
    public async Task ATileInTheBoxOutsideTheProvinceIsEmptyWithAnETagWithoutAskingPostGis(double lon, double lat)
    {
        var coverage = await CurrentCoverageAsync();
        var tile = TileAddress.Containing(lon, lat, 12);
        Assert.False(coverage.MayHoldFeatures(tile));

        using var rounds = new SqlRoundTrips(fixture.Database.Name);
        using var response = await http.GetAsync($"/tiles/{tile.Z}/{tile.X}/{tile.Y}.mvt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.NotNull(response.Headers.ETag);
        // The data version is read (it is the ETag); the tile itself is not built.
        Assert.DoesNotContain(rounds.Commands, c => c.Contains("ST_AsMVT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADeepTileInTheProvinceComesWithItsDataVersionInOneStatement()
    {
        var coverage = await CurrentCoverageAsync();
        var tile = TileAddress.Containing(111.633, 36.323, 13);

        using var rounds = new SqlRoundTrips(fixture.Database.Name);
        using var response = await http.GetAsync($"/tiles/{tile.Z}/{tile.X}/{tile.Y}.mvt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        Assert.EndsWith($"-{coverage.Version}\"", response.Headers.ETag?.Tag);
        var statement = Assert.Single(rounds.Commands);
        Assert.Contains("ST_AsMVT", statement);
    }

    [Fact]
    public async Task EveryTileOverHongtongMayHoldFeaturesAtEveryZoom()
    {
        var coverage = await CurrentCoverageAsync();
        for (var zoom = 4; zoom <= 16; zoom++)
            Assert.True(coverage.MayHoldFeatures(TileAddress.Containing(111.633, 36.323, zoom)), $"zoom {zoom}");
    }

    [Fact]
    public async Task NoTileThatPostGisDrawsIsCalledEmpty()
    {
        var coverage = await CurrentCoverageAsync();
        var tiles = fixture.Factory.Services.GetRequiredService<TileQueries>();
        var random = new Random(12);
        var drawn = 0;
        var skipped = 0;
        for (var i = 0; i < 350; i++)
        {
            var zoom = 8 + i % 7;
            var tile = TileAddress.Containing(ServiceExtent.West + random.NextDouble() * (ServiceExtent.East - ServiceExtent.West),
                ServiceExtent.South + random.NextDouble() * (ServiceExtent.North - ServiceExtent.South), zoom);
            var bytes = await tiles.TileAsync(tile, CancellationToken.None);
            if (bytes.Length > 0)
            {
                drawn++;
                Assert.True(coverage.MayHoldFeatures(tile), $"PostGIS draws {bytes.Length} bytes in {tile}, the coverage calls it empty");
            }
            else if (!coverage.MayHoldFeatures(tile))
            {
                skipped++;
            }
        }
        // Both kinds occur in a uniform mix over the box, or the test proves nothing.
        Assert.InRange(drawn, 100, 349);
        Assert.InRange(skipped, 30, 349);
    }

    [Fact]
    public async Task APointPlacedOutsideTheProvinceMakesItsTileCoveredAtTheNextVersion()
    {
        var coverage = await CurrentCoverageAsync();
        var tile = TileAddress.Containing(110.35, 40.60, 14);
        Assert.False(coverage.MayHoldFeatures(tile));

        await using (var write = fixture.Database.DataSource.CreateCommand(
            """
            WITH p AS (
                INSERT INTO place (name, category, status, provenance, geom, point)
                VALUES ('边外测试山', 'mountain', 'current', 'sample', ST_SetSRID(ST_MakePoint(110.35, 40.60), 4326), ST_SetSRID(ST_MakePoint(110.35, 40.60), 4326))
                RETURNING id)
            INSERT INTO change_log (entity, entity_id, op, actor, after) SELECT 'place', id::text, 'insert', 'tile coverage test', '{}' FROM p
            """))
            await write.ExecuteNonQueryAsync();

        var after = await CurrentCoverageAsync();
        Assert.True(after.Version > coverage.Version);
        Assert.True(after.MayHoldFeatures(tile));
        using var response = await http.GetAsync($"/tiles/{tile.Z}/{tile.X}/{tile.Y}.mvt");
        var decoded = DecodedTile.Read(await response.Content.ReadAsByteArrayAsync(), tile.Z, tile.X, tile.Y);
        Assert.Contains("边外测试山", decoded.Names("places"));
    }

    private Task<TileCoverage> CurrentCoverageAsync() =>
        fixture.Factory.Services.GetRequiredService<TileCoverageSource>().RefreshAsync(CancellationToken.None);
}
