using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Search.Geocoding;
using CivilAffairs.Gazetteer.Testing;
using Npgsql;

namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

/// <summary>Reverse geocoding against the real county polygons in PostGIS.</summary>
public sealed class ReverseGeocoderTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>, IAsyncLifetime
{
    // 50 m east of the point this class gives 东冯堡村 (141024100212) in 洪洞县; and the label point published
    // with the 2017 polygon of 长治县 (its "cp"), inside the county now called 上党区.
    private static readonly LonLat Hongtong = new(111.67655, 36.2540);
    private static readonly LonLat FormerChangzhiCounty = new(113.051407, 36.052858);

    public async Task InitializeAsync()
    {
        // Two village points near 洪洞 set where the assertions need them (the import derives its own), and one place, marked as sample;
        // xunit runs this before every test of the class, so it must be idempotent.
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("""
            UPDATE division SET point = ST_SetSRID(ST_MakePoint(111.6760, 36.2540), 4326), point_derived = true, provenance = 'sample' WHERE code = '141024100212';
            UPDATE division SET point = ST_SetSRID(ST_MakePoint(111.7200, 36.3000), 4326), point_derived = true, provenance = 'sample' WHERE code = '141024100213';
            INSERT INTO place_category (code, name_zh, name_en, census_class) VALUES ('test.village', '村', 'village', 'settlement') ON CONFLICT DO NOTHING;
            INSERT INTO place (name, category, division_code, geom, point, provenance, geom_derived)
            SELECT '东冯堡', 'test.village', '141024100212', ST_SetSRID(ST_MakePoint(111.6761, 36.2541), 4326), ST_SetSRID(ST_MakePoint(111.6761, 36.2541), 4326), 'sample', true
            WHERE NOT EXISTS (SELECT 1 FROM place WHERE name = '东冯堡');
            """, connection);
        await command.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task APointInHongtongGivesTheCountyByPolygonAndTheNearestVillage()
    {
        var result = await new ReverseGeocoder(database.DataSource).ReverseAsync(Hongtong.Lat, Hongtong.Lon, Crs.Wgs84);

        Assert.True(result.Covered);
        Assert.Equal(["140000000000", "141000000000", "141024000000", "141024100000", "141024100212"], result.Chain.Select(c => c.Code));
        Assert.Equal("东冯堡村", result.Chain[^1].Name);
        Assert.InRange(result.VillageDistanceMeters!.Value, 40, 60);
        Assert.Equal("东冯堡", result.Nearest[0].Name);
        Assert.InRange(result.Nearest[0].DistanceMeters, 20, 60);
        Assert.InRange(result.Nearest.Count, 1, 5);
        Assert.Equal(result.Nearest.OrderBy(p => p.DistanceMeters).Select(p => p.PlaceId), result.Nearest.Select(p => p.PlaceId));
    }

    [Fact]
    public async Task TheSamePlaceAskedInGcj02OrBd09GivesTheSameChain()
    {
        var reverse = new ReverseGeocoder(database.DataSource);
        foreach (var crs in new[] { Crs.Gcj02, Crs.Bd09 })
        {
            var there = CoordinateConverter.Convert(Hongtong, Crs.Wgs84, crs);
            var result = await reverse.ReverseAsync(there.Lat, there.Lon, crs);

            Assert.Equal("141024100212", result.Chain[^1].Code);
            Assert.True(Distance.Meters(result.Nearest[0].Point, there) < 60, $"{crs} place point should come back in {crs}");
        }
    }

    [Fact]
    public async Task TheFormerChangzhiCountyPolygonNowAnswersShangdangDistrict()
    {
        var result = await new ReverseGeocoder(database.DataSource).ReverseAsync(FormerChangzhiCounty.Lat, FormerChangzhiCounty.Lon, Crs.Wgs84);

        Assert.Equal(("140404000000", "上党区"), (result.Chain[2].Code, result.Chain[2].Name));
        Assert.All(result.Chain.Skip(3), link => Assert.StartsWith("140404", link.Code, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(39.9087, 116.3975)] // Beijing
    [InlineData(0.0, 0.0)]
    public async Task APointOutsideShanxiIsNotCoveredAndSaysSo(double lat, double lon)
    {
        var result = await new ReverseGeocoder(database.DataSource).ReverseAsync(lat, lon, Crs.Wgs84);

        Assert.False(result.Covered);
        Assert.Empty(result.Chain);
        Assert.Contains("outside Shanxi", result.Message);
    }

    [Theory]
    [InlineData(double.NaN, 111.0)]
    [InlineData(36.0, double.PositiveInfinity)]
    [InlineData(91.0, 111.0)]
    [InlineData(36.0, -181.0)]
    public async Task ANonCoordinateIsRefusedWithAClearMessage(double lat, double lon)
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new ReverseGeocoder(database.DataSource).ReverseAsync(lat, lon, Crs.Wgs84));

        Assert.Contains("latitude in [-90, 90]", error.Message);
    }
}
