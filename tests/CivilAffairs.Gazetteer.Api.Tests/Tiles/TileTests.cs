using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Api.Tiles;

namespace CivilAffairs.Gazetteer.Api.Tests.Tiles;

public sealed class TileTests(RealDataApiFixture fixture) : IClassFixture<RealDataApiFixture>
{
    private readonly HttpClient http = fixture.Factory.CreateClient();

    [Fact]
    public async Task TileOverHongtongHoldsTheCountyPolygonWithPinyinAndItsTownships()
    {
        var (lon, lat) = await PointOf("SELECT point FROM place WHERE code = '141024000000'");
        var tile = await DecodedAsync(TileAddress.Containing(lon, lat, 10));

        var county = Assert.Single(tile.Features("counties"), f => (string)f.Attributes["name"] == "洪洞县");
        Assert.Equal("141024", county.Attributes["code"]);
        Assert.Equal("Hóngtóng Xiàn", county.Attributes["pinyin"]);
        Assert.IsAssignableFrom<NetTopologySuite.Geometries.IPolygonal>(county.Geometry);
        Assert.Contains("洪洞县", tile.Names("county_labels"));
        Assert.Contains("大槐树镇", tile.Names("townships"));
        var township = tile.Features("townships").First(f => (string)f.Attributes["name"] == "大槐树镇");
        Assert.Equal("141024100", township.Attributes["code"]);
        Assert.Equal("Dàhuáishù Zhèn", township.Attributes["pinyin"]);
        // Zoom 10 is below the villages' and points of interest's zooms.
        Assert.Empty(tile.Features("villages"));
        Assert.Empty(tile.Features("pois"));
    }

    [Theory]
    [InlineData("townships", 9, "SELECT name, point FROM place WHERE code = '141024100000'")]
    [InlineData("villages", 11, "SELECT name, point FROM place WHERE category = 'village_committee' AND division_code LIKE '141024%' ORDER BY id LIMIT 1")]
    [InlineData("places", 10, "SELECT name, point FROM place WHERE category = 'mountain' AND status = 'current' AND division_code LIKE '141024%' ORDER BY id LIMIT 1")]
    [InlineData("places", 13, "SELECT name, point FROM place WHERE category = 'natural_village' AND status = 'current' AND division_code LIKE '141024%' ORDER BY id LIMIT 1")]
    [InlineData("pois", 14, "SELECT name, geom FROM poi WHERE state IN ('pending', 'accepted') AND division_code LIKE '141024%' ORDER BY id LIMIT 1")]
    public async Task APlaceAppearsFromItsDocumentedZoomOnAndNotBefore(string layer, int from, string sql)
    {
        var (name, lon, lat) = await NamedPointOf(sql);

        var before = await DecodedAsync(TileAddress.Containing(lon, lat, from - 1));
        var at = await DecodedAsync(TileAddress.Containing(lon, lat, from));
        var deepest = await DecodedAsync(TileAddress.Containing(lon, lat, TileLayers.MaxDataZoom));

        Assert.DoesNotContain(name, before.Names(layer));
        Assert.Contains(name, at.Names(layer));
        Assert.Contains(name, deepest.Names(layer));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(11)]
    [InlineData(14)]
    [InlineData(17)]
    public async Task ThePreGeneralisedCountyPolygonDecodesAndLiesInItsTile(int zoom)
    {
        var (lon, lat) = await PointOf("SELECT point FROM place WHERE code = '141024000000'");
        var address = TileAddress.Containing(lon, lat, zoom);
        var tile = await DecodedAsync(address);

        var county = Assert.Single(tile.Features("counties"), f => (string)f.Attributes["name"] == "洪洞县");
        Assert.IsAssignableFrom<NetTopologySuite.Geometries.IPolygonal>(county.Geometry);
        Assert.True(county.Geometry.Area > 0);
        // Clipped to the tile and its buffer (64 of 4096 units on each side), in degrees.
        var bufferLon = (address.East - address.West) * TileLayers.Buffer / TileLayers.Extent;
        var bufferLat = (address.North - address.South) * TileLayers.Buffer / TileLayers.Extent;
        var envelope = county.Geometry.EnvelopeInternal;
        Assert.InRange(envelope.MinX, address.West - bufferLon * 1.1, address.East);
        Assert.InRange(envelope.MaxX, address.West, address.East + bufferLon * 1.1);
        Assert.InRange(envelope.MinY, address.South - bufferLat * 1.1, address.North);
        Assert.InRange(envelope.MaxY, address.South, address.North + bufferLat * 1.1);
        // The county seat lies in the drawn polygon (generalisation moves edges by less than a tile unit).
        Assert.True(county.Geometry.Covers(county.Geometry.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(lon, lat))), $"seat outside the polygon at zoom {zoom}");
    }

    [Fact]
    public async Task ARevalidatedTileIsNotModifiedUntilTheDataChanges()
    {
        var address = await HongtongAt(12);
        using var first = await http.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(TileEndpoints.MediaType, first.Content.Headers.ContentType?.MediaType);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.NotEmpty(await first.Content.ReadAsByteArrayAsync());

        using var again = await GetIfNoneMatch(address, etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());

        await using (var write = fixture.Database.DataSource.CreateCommand(
            "INSERT INTO change_log (entity, entity_id, op, actor, after) VALUES ('place', '108', 'update', 'tile test', '{}')"))
            await write.ExecuteNonQueryAsync();
        using var afterWrite = await GetIfNoneMatch(address, etag);
        Assert.Equal(HttpStatusCode.OK, afterWrite.StatusCode);
        Assert.NotEqual(etag, afterWrite.Headers.ETag);
    }

    [Fact]
    public async Task ATileOutsideShanxiIsEmptyAndCachedLong()
    {
        using var response = await http.GetAsync("/tiles/6/10/20.mvt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl?.MaxAge);
    }

    [Theory]
    [InlineData("/tiles/23/0/0.mvt", "Zoom '23' is not valid")]
    [InlineData("/tiles/-1/0/0.mvt", "Zoom '-1' is not valid")]
    [InlineData("/tiles/99999999999/0/0.mvt", "Zoom '99999999999' is not valid")]
    [InlineData("/tiles/ten/0/0.mvt", "Zoom 'ten' is not valid")]
    [InlineData("/tiles/3/8/0.mvt", "x = '8' is out of range for zoom 3: it must be a whole number from 0 to 7")]
    [InlineData("/tiles/3/-1/0.mvt", "x = '-1' is out of range for zoom 3")]
    [InlineData("/tiles/0/0/1.mvt", "y = '1' is out of range for zoom 0: it must be a whole number from 0 to 0")]
    public async Task BadTileAddressesAreRefusedWithWhatIsWrong(string path, string message)
    {
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("BAD_USER_INPUT", (string?)error["code"]);
        Assert.Contains(message, (string?)error["message"]);
    }

    [Fact]
    public async Task TileJsonNamesTheTilesTheirZoomsAndEveryLayer()
    {
        var json = JsonNode.Parse(await http.GetStringAsync("/tiles.json"))!;
        Assert.Equal("3.0.0", (string?)json["tilejson"]);
        Assert.EndsWith("/tiles/{z}/{x}/{y}.mvt", (string?)json["tiles"]![0]);
        Assert.Equal(TileLayers.MaxDataZoom, (int)json["maxzoom"]!);
        var layers = json["vector_layers"]!.AsArray().Select(l => (string?)l!["id"]).ToList();
        Assert.Equal(["counties", "county_labels", "townships", "villages", "places", "pois"], layers);
        Assert.Equal(9, (int)json["vector_layers"]![2]!["minzoom"]!);
    }

    private async Task<string> HongtongAt(int zoom)
    {
        var (lon, lat) = await PointOf("SELECT point FROM place WHERE code = '141024000000'");
        var tile = TileAddress.Containing(lon, lat, zoom);
        return $"/tiles/{tile.Z}/{tile.X}/{tile.Y}.mvt";
    }

    private async Task<HttpResponseMessage> GetIfNoneMatch(string address, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.IfNoneMatch.Add(etag);
        return await http.SendAsync(request);
    }

    private async Task<DecodedTile> DecodedAsync(TileAddress tile)
    {
        using var response = await http.GetAsync($"/tiles/{tile.Z}/{tile.X}/{tile.Y}.mvt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return DecodedTile.Read(await response.Content.ReadAsByteArrayAsync(), tile.Z, tile.X, tile.Y);
    }

    private async Task<(double Lon, double Lat)> PointOf(string sql)
    {
        await using var command = fixture.Database.DataSource.CreateCommand($"SELECT ST_X(g), ST_Y(g) FROM ({sql}) AS t(g)");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No row for {sql}");
        return (reader.GetDouble(0), reader.GetDouble(1));
    }

    private async Task<(string Name, double Lon, double Lat)> NamedPointOf(string sql)
    {
        await using var command = fixture.Database.DataSource.CreateCommand($"SELECT n, ST_X(g), ST_Y(g) FROM ({sql}) AS t(n, g)");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No row for {sql}");
        return (reader.GetString(0), reader.GetDouble(1), reader.GetDouble(2));
    }
}
